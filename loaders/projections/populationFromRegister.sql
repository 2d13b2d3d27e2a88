-- Population at Y-12-31 by village, sex and age in completed years (85 = 85 and over), for every reported year.
-- Age at the date d is year(d) − year(b); at 31 December every birthday of the year has passed.
-- A spell counts at Y-12-31 when it has begun by then (year(start_date) ≤ Y) and ends after it
-- (end_date ≥ (Y+1)-01-01, i.e. Y ≤ year(end_date) − 1). So the count depends only on the years a
-- spell starts and ends in and the year of birth: spells are counted by those first, and the few
-- groups expanded to the range of their census years (the reported years are contiguous).
-- The projections take the same counts from populationExposureFromRegister.sql, which gets them
-- from its cut of the spells into person-years (one join for both); this query is the direct reading.
WITH span AS (
  SELECT min(year) AS first_year, max(year) AS last_year FROM reported_years()   -- the years the register covers whole
),
spell_groups AS (
  SELECT r.village_code, p.sex, year(p.birth_date) AS birth_year,
         year(r.start_date) AS start_year, year(r.end_date) AS end_year, count(*) AS spells
  FROM residence AS r
  JOIN persons AS p USING (person_id)
  GROUP BY ALL
),
censuses AS (
  SELECT g.village_code, g.sex, g.birth_year, g.spells,
         unnest(range(greatest(g.start_year, s.first_year),
                      least(coalesce(g.end_year - 1, s.last_year), s.last_year) + 1))::INTEGER AS year
  FROM spell_groups AS g
  CROSS JOIN span AS s
)
SELECT village_code,
       year,
       sex,
       least(year - birth_year, 85)::INTEGER AS age,
       sum(spells)::DOUBLE AS population
FROM censuses
WHERE birth_year <= year                                      -- born by the census date (guards bad spells)
GROUP BY ALL
ORDER BY village_code, year, sex, age
