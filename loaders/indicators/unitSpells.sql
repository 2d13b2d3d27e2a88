-- Residence spells by unit: every validated spell, with its person's sex, birth date, hukou type,
-- mother, birth order and policy flag, listed once under its village and once under 'TOWN'.
-- Counting spells per unit therefore gives village counts and town counts by the same definition;
-- spells of a person never overlap (validation), so a town count is a count of persons.
-- Population counts every spell, 户籍 (registered) and 流动 (migrant) alike.
WITH spells AS (
  SELECT r.village_code, r.person_id, r.start_date, r.start_reason, r.end_date, r.end_reason,
         p.sex, p.birth_date, p.hukou_type, p.mother_id, p.birth_order, p.policy_compliant
  FROM residence r
  JOIN persons p USING (person_id)
)
SELECT village_code AS unit_code, * EXCLUDE (village_code) FROM spells
UNION ALL
SELECT 'TOWN' AS unit_code, * EXCLUDE (village_code) FROM spells
