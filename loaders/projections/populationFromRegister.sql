-- Population at Y-12-31 by village, sex and age in completed years (85 = 85 and over), for every reported year.
-- Age at the date d is year(d) − year(b); at 31 December every birthday of the year has passed.
-- A spell counts at Y-12-31 when it has begun by then (year(start_date) ≤ Y) and ends after it
-- (end_date ≥ (Y+1)-01-01, i.e. Y ≤ year(end_date) − 1); the reported years are contiguous, so each
-- spell is expanded to the range of its census years instead of joined against every year.
WITH span AS (
  SELECT min(year) AS first_year, max(year) AS last_year FROM reported_years()   -- the years the register covers whole
),
spell_censuses AS (
  SELECT r.village_code, p.sex, p.birth_date,
         unnest(range(greatest(year(r.start_date), s.first_year),
                      least(coalesce(year(r.end_date) - 1, s.last_year), s.last_year) + 1))::INTEGER AS year
  FROM residence AS r
  JOIN persons AS p USING (person_id)
  CROSS JOIN span AS s
)
SELECT village_code,
       year,
       sex,
       least(year - year(birth_date), 85)::INTEGER AS age,
       count(*)::DOUBLE AS population
FROM spell_censuses
WHERE year(birth_date) <= year                                -- born by the census date (guards bad spells)
GROUP BY ALL
ORDER BY village_code, year, sex, age
