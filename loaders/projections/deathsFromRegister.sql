-- Deaths in each reported year by village, sex and age at death in completed years (85 = 85 and over).
-- The spells come joined to their person from register_spells (registerSpells.sql).
WITH years AS (
  SELECT year FROM reported_years()   -- the years the register covers whole
)
SELECT n.village_code,
       year(s.end_date)::INTEGER AS year,
       CASE WHEN s.female THEN 'F' ELSE 'M' END AS sex,
       least(age_in_full_years(s.birth_date, s.end_date), 85)::INTEGER AS age,
       count(*)::DOUBLE AS deaths
FROM register_spells AS s
JOIN spell_villages AS n USING (village_number)
WHERE s.died                                              -- only spells closed by a death
  AND year(s.end_date) IN (SELECT year FROM years)        -- in a fully covered year
GROUP BY ALL
ORDER BY n.village_code, year, sex, age
