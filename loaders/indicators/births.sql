-- Births, one row per birth and unit (the village of the birth spell, and TOWN).
-- A birth is a spell starting 'birth' (出生); its year is the year of start_date (= the child's
-- birth date, checked by validation). mother_age is the mother's age in full years (周岁) on the
-- child's birth date, NULL when the birth has no (valid) mother link.
WITH birth_spells AS (
  SELECT r.village_code,
         year(r.start_date)::INTEGER AS year,
         c.sex,
         c.birth_order,
         c.policy_compliant,
         age_in_full_years(m.birth_date, c.birth_date) AS mother_age
  FROM residence r
  JOIN persons c USING (person_id)
  LEFT JOIN persons m ON m.person_id = c.mother_id
  -- only spells that begin with the person's birth are births
  WHERE r.start_reason = 'birth'
)
-- each birth under its village and under TOWN, as the spells of unitSpellGroups.sql
SELECT village_code, * EXCLUDE (village_code) FROM birth_spells
UNION ALL
SELECT 'TOWN' AS village_code, * EXCLUDE (village_code) FROM birth_spells
