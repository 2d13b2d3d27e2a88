-- Births in each reported year by village of the newborn, sex of the child and mother's age at the birth
-- in completed years (NULL when the mother is not linked). Births are spells that start with 'birth';
-- the year and the mother's age come from the child's birth_date.
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
)
SELECT r.village_code,
       year(c.birth_date)::INTEGER AS year,
       c.sex,
       age_in_full_years(m.birth_date, c.birth_date)::INTEGER AS mother_age,
       count(*)::DOUBLE AS births
FROM residence AS r
JOIN persons AS c USING (person_id)
LEFT JOIN persons AS m ON m.person_id = c.mother_id
WHERE r.start_reason = 'birth'                            -- the spell begins with the birth itself
  AND year(c.birth_date) IN (SELECT year FROM years)      -- in a fully covered year
GROUP BY ALL
ORDER BY r.village_code, year, c.sex, mother_age NULLS LAST
