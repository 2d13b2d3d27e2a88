-- Deaths in each reported year by village, sex and age at death in completed years (85 = 85 and over).
WITH years AS (
  SELECT y::INTEGER AS year
  FROM extract_meta, range(year(register_start), year(extract_date) + 1) AS t(y)
  WHERE make_date(y::INTEGER, 1, 1) >= register_start   -- the year starts inside the register
    AND make_date(y::INTEGER, 12, 31) <= extract_date   -- and ends inside it
)
SELECT r.village_code,
       year(r.end_date)::INTEGER AS year,
       p.sex,
       least(year(r.end_date) - year(p.birth_date)
             - CASE WHEN month(r.end_date) * 100 + day(r.end_date) < month(p.birth_date) * 100 + day(p.birth_date) THEN 1 ELSE 0 END,
             85)::INTEGER AS age,
       count(*)::DOUBLE AS deaths
FROM residence AS r
JOIN persons AS p USING (person_id)
WHERE r.end_reason = 'death'                              -- only spells closed by a death
  AND year(r.end_date) IN (SELECT year FROM years)        -- in a fully covered year
GROUP BY ALL
ORDER BY r.village_code, year, p.sex, age
