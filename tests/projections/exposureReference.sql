-- Reference for tests/projections/exposureEquivalence.test.ts: the plain reading of the exposure
-- definition, cutting every spell-year one by one (loaders/projections/exposureFromRegister.sql until
-- it counted whole years by group; now populationExposureFromRegister.sql). The loader must give exactly these rows.
--
-- Person-years lived in each reported year by village, sex and age in completed years (85 = 85 and over).
-- Each spell [start_date, end_date) is cut to the year and split at the birthday of that year;
-- a birthday on 29 February falls on 1 March in common years (the age rule compares month and day).
-- Days are summed as integers and divided once by the days of the year: exact, and the same sum
-- whatever order DuckDB's threads add in (summing fractions of a year was not).
WITH span AS (
  SELECT min(year) AS first_year, max(year) AS last_year FROM reported_years()   -- contiguous by definition
),
spell_years AS (
  -- one row per spell and reported year it touches ([start, end) : the end day itself is not lived there)
  SELECT r.village_code, p.sex, p.birth_date, r.start_date, r.end_date,
         unnest(range(greatest(year(r.start_date), s.first_year),
                      least(coalesce(year(r.end_date - 1), s.last_year), s.last_year) + 1))::INTEGER AS year
  FROM residence AS r
  JOIN persons AS p USING (person_id)
  CROSS JOIN span AS s
),
cut AS (
  SELECT village_code, sex, year,
         year - year(birth_date) - 1 AS age_before,   -- age until the birthday of the year
         CASE WHEN month(birth_date) = 2 AND day(birth_date) = 29 AND day(last_day(make_date(year, 2, 1))) = 28
              THEN make_date(year, 3, 1)
              ELSE make_date(year, month(birth_date), day(birth_date)) END AS birthday,
         greatest(start_date, make_date(year, 1, 1)) AS a,
         least(coalesce(end_date, make_date(year + 1, 1, 1)), make_date(year + 1, 1, 1)) AS b
  FROM spell_years
),
days AS (
  -- days lived before and from the birthday; a side that is empty (or before birth) gives 0
  SELECT village_code, sex, year, age_before,
         sum(greatest(date_diff('day', a, least(b, birthday)), 0)) AS days_before,
         sum(greatest(date_diff('day', greatest(a, birthday), b), 0)) AS days_after
  FROM cut
  GROUP BY ALL
),
pieces AS (
  SELECT village_code, sex, year, age_before AS age, days_before AS d FROM days
  UNION ALL
  SELECT village_code, sex, year, age_before + 1 AS age, days_after AS d FROM days
)
SELECT village_code, year, sex, least(age, 85)::INTEGER AS age,
       (sum(d) / date_diff('day', make_date(year, 1, 1), make_date(year + 1, 1, 1)))::DOUBLE AS person_years
FROM pieces
WHERE d > 0          -- the piece is not empty
  AND age >= 0       -- guards spells that start before the birth date
GROUP BY village_code, year, sex, least(age, 85)
ORDER BY village_code, year, sex, age
