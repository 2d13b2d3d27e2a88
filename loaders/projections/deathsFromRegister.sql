-- Deaths in each reported year by village, sex and age at death in completed years (85 = 85 and over).
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
)
SELECT r.village_code,
       year(r.end_date)::INTEGER AS year,
       p.sex,
       least(age_in_full_years(p.birth_date, r.end_date), 85)::INTEGER AS age,
       count(*)::DOUBLE AS deaths
FROM residence AS r
JOIN persons AS p USING (person_id)
WHERE r.end_reason = 'death'                              -- only spells closed by a death
  AND year(r.end_date) IN (SELECT year FROM years)        -- in a fully covered year
GROUP BY ALL
ORDER BY r.village_code, year, p.sex, age
