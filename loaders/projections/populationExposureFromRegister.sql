-- Person-years lived in each reported year, and the population at its 31 December, by village, sex
-- and age in completed years (85 = 85 and over).
-- Each spell [start_date, end_date) is cut to the year and split at the birthday of that year;
-- a birthday on 29 February falls on 1 March in common years (birthday_in_year, loaders/store/macros.sql).
-- Days are summed as integers and divided once by the days of the year: exact, and the same sum
-- whatever order DuckDB's threads add in (summing fractions of a year was not).
--
-- Most spell-years are whole years (1 January to 31 December inside the spell), and a whole year
-- splits at the birthday the same way for everyone with the same birthday and leap-ness of the
-- year. So whole years are counted by group first (village, sex, year of birth, first and last
-- whole year) and only the groups are expanded; only a spell's first and last year, when not
-- whole, are cut one by one. This gives the same integer sums as cutting every spell-year (the
-- reference query in tests/projections/exposureReference.sql) in about 60% of its time on a county.
--
-- The population at Y-12-31 comes from the same cut (one join and one pass for both, instead of a
-- second query, populationFromRegister.sql, that joined residence and persons again): a spell counts
-- when it is lived on 31 December, i.e. when its piece of the year runs to 1 January of Y+1 (every
-- whole year does; a partial year when the spell goes on past it), at the age after the year's
-- birthday, which every birthday of the year precedes. Such a piece has at least that one day, so no
-- row with people is dropped by HAVING. The same counts as populationFromRegister.sql
-- (tests/projections/populationExposure.test.ts).
--
-- The spells come joined to their person, with the village and the sex as small integers
-- (village_number, female), from register_spells (registerSpells.sql, shared with the other queries of
-- the projections' inputs); they are turned back into the code and 'M'/'F' only on the result's rows:
-- grouping millions of rows on integers is cheaper than on text (the statement took about a fifth
-- less time at 5,000,000 people).
WITH span AS (
  SELECT min(year) AS first_year, max(year) AS last_year FROM reported_years()   -- contiguous by definition
),
spells AS NOT MATERIALIZED (
  -- read three times below: scanning register_spells again is cheaper than DuckDB's copy of the CTE
  SELECT village_number, female, birth_date, start_date, end_date,
         -- the reported years the spell touches ([start, end): the end day itself is not lived there)
         greatest(year(start_date), s.first_year) AS first_year,
         least(coalesce(year(end_date - 1), s.last_year), s.last_year) AS last_year,
         -- the whole years among them: a spell starting on 1 January has its start year whole,
         -- and one ending on 1 January of Y+1 has Y whole
         greatest(year(start_date - 1) + 1, s.first_year) AS first_whole,
         least(coalesce(year(end_date) - 1, s.last_year), s.last_year) AS last_whole
  FROM register_spells
  CROSS JOIN span AS s
),
whole_groups AS (
  -- days from 1 January to the birthday, in a common year (2001) and in a leap year (2000)
  SELECT village_number, female, year(birth_date) AS birth_year, first_whole, last_whole,
         count(*) AS spells,
         sum(date_diff('day', DATE '2001-01-01', birthday_in_year(birth_date, 2001))) AS before_common,
         sum(date_diff('day', DATE '2000-01-01', birthday_in_year(birth_date, 2000))) AS before_leap
  FROM spells
  WHERE first_whole <= last_whole
  GROUP BY ALL
),
whole_years AS (
  SELECT village_number, female, birth_year, spells, before_common, before_leap,
         unnest(range(first_whole, last_whole + 1))::INTEGER AS year
  FROM whole_groups
),
whole_days AS (
  SELECT village_number, female, year, year - birth_year - 1 AS age_before,
         spells AS alive_end,   -- a whole year is lived on its 31 December
         CASE WHEN day(last_day(make_date(year, 2, 1))) = 29 THEN before_leap ELSE before_common END AS days_before,
         spells * date_diff('day', make_date(year, 1, 1), make_date(year + 1, 1, 1)) - days_before AS days_after
  FROM whole_years
),
part_years AS (
  -- the spell's first and last reported year, each when not whole (once when they are the same year)
  SELECT village_number, female, birth_date, start_date, end_date, first_year::INTEGER AS year
  FROM spells
  WHERE first_year <= last_year AND first_year NOT BETWEEN first_whole AND last_whole
  UNION ALL
  SELECT village_number, female, birth_date, start_date, end_date, last_year::INTEGER AS year
  FROM spells
  WHERE first_year < last_year AND last_year NOT BETWEEN first_whole AND last_whole
),
part_cut AS (
  SELECT village_number, female, year,
         year - year(birth_date) - 1 AS age_before,   -- age until the birthday of the year
         birthday_in_year(birth_date, year) AS birthday,
         greatest(start_date, make_date(year, 1, 1)) AS a,
         least(coalesce(end_date, make_date(year + 1, 1, 1)), make_date(year + 1, 1, 1)) AS b
  FROM part_years
),
part_days AS (
  -- days lived before and from the birthday; a side that is empty (or before birth) gives 0
  SELECT village_number, female, year, age_before,
         (b = make_date(year + 1, 1, 1))::INTEGER AS alive_end,   -- still there on 31 December
         greatest(date_diff('day', a, least(b, birthday)), 0) AS days_before,
         greatest(date_diff('day', greatest(a, birthday), b), 0) AS days_after
  FROM part_cut
),
days AS (
  SELECT village_number, female, year, age_before, sum(days_before) AS days_before, sum(days_after) AS days_after, sum(alive_end) AS alive_end
  FROM (SELECT village_number, female, year, age_before, days_before, days_after, alive_end FROM whole_days
        UNION ALL
        SELECT village_number, female, year, age_before, days_before, days_after, alive_end FROM part_days)
  GROUP BY ALL
),
pieces AS (
  SELECT village_number, female, year, age_before AS age, days_before AS d, 0 AS alive FROM days
  UNION ALL
  SELECT village_number, female, year, age_before + 1 AS age, days_after AS d, alive_end AS alive FROM days   -- the age at 31 December
),
by_number AS (
  SELECT village_number, year, female, least(age, 85)::INTEGER AS age,
         sum(alive)::DOUBLE AS population,
         (sum(d) / date_diff('day', make_date(year, 1, 1), make_date(year + 1, 1, 1)))::DOUBLE AS person_years
  FROM pieces
  WHERE age >= 0       -- guards spells that start before the birth date
  GROUP BY village_number, year, female, least(age, 85)
  HAVING sum(d) > 0    -- some day was lived there
)
SELECT n.village_code, b.year, CASE WHEN b.female THEN 'F' ELSE 'M' END AS sex, b.age, b.population, b.person_years
FROM by_number AS b
JOIN spell_villages AS n USING (village_number)
ORDER BY n.village_code, b.year, sex, b.age
