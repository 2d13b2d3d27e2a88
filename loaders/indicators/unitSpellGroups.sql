-- Spell groups by unit: every group of ind_spell_groups listed once under its village and once
-- under 'TOWN'.
-- Adding up spells per unit therefore gives village counts and town counts by the same definition;
-- spells of a person never overlap (validation), so a town count is a count of persons.
-- Population counts every spell, 户籍 (registered) and 流动 (migrant) alike.
SELECT village_code AS unit_code, * EXCLUDE (village_code) FROM ind_spell_groups
UNION ALL
SELECT 'TOWN' AS unit_code, * EXCLUDE (village_code) FROM ind_spell_groups
