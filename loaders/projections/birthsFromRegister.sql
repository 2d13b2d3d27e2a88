-- Births in each reported year by village of the newborn, sex of the child and mother's age at the birth
-- in completed years (NULL when the mother is not linked). Births are spells that start with 'birth';
-- the year and the mother's age come from the child's birth_date.
WITH years AS (
  SELECT y::INTEGER AS year
  FROM extract_meta, range(year(register_start), year(extract_date) + 1) AS t(y)
  WHERE make_date(y::INTEGER, 1, 1) >= register_start   -- the year starts inside the register
    AND make_date(y::INTEGER, 12, 31) <= extract_date   -- and ends inside it
)
SELECT r.village_code,
       year(c.birth_date)::INTEGER AS year,
       c.sex,
       (year(c.birth_date) - year(m.birth_date)
        - CASE WHEN month(c.birth_date) * 100 + day(c.birth_date) < month(m.birth_date) * 100 + day(m.birth_date) THEN 1 ELSE 0 END)::INTEGER AS mother_age,
       count(*)::DOUBLE AS births
FROM residence AS r
JOIN persons AS c USING (person_id)
LEFT JOIN persons AS m ON m.person_id = c.mother_id
WHERE r.start_reason = 'birth'                            -- the spell begins with the birth itself
  AND year(c.birth_date) IN (SELECT year FROM years)      -- in a fully covered year
GROUP BY ALL
ORDER BY r.village_code, year, c.sex, mother_age NULLS LAST
