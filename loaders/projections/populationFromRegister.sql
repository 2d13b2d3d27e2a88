-- Population at Y-12-31 by village, sex and age in completed years (85 = 85 and over), for every reported year.
-- Age at the date d is year(d) − year(b); at 31 December every birthday of the year has passed.
WITH years AS (
  SELECT year, year_end AS census FROM reported_years()   -- the years the register covers whole
)
SELECT r.village_code,
       y.year,
       p.sex,
       least(y.year - year(p.birth_date), 85)::INTEGER AS age,
       count(*)::DOUBLE AS population
FROM residence AS r
JOIN persons AS p USING (person_id)
JOIN years AS y
  ON r.start_date <= y.census                                -- the spell has begun by the census date
 AND coalesce(r.end_date, DATE '9999-12-31') > y.census     -- and has not ended on or before it
WHERE p.birth_date <= y.census                              -- born by the census date (guards bad spells)
GROUP BY ALL
ORDER BY r.village_code, y.year, p.sex, age
