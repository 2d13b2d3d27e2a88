-- Age–sex structure of unit v at Y-12-31 (table age_sex; persons).
--   population = persons of pop_end of Y of the given sex whose age in full years (周岁) on
--                Y-12-31 falls in the group '0-4', '5-9', …, '80-84', '85+'
-- Every group of both sexes is listed, with 0 where nobody is; the groups of a unit sum to pop_end.
-- Rows ordered by year, TOWN first then village_code, sex (M before F), age.
WITH age_groups AS (
  SELECT unnest(range(0, 18))::INTEGER AS age_index
), sexes AS (
  SELECT * FROM (VALUES ('M', 1), ('F', 2)) AS v(sex, sex_order)
), spell_groups AS (
  -- Spells counted by what the count depends on: the years the spell starts and ends in
  -- (start_date ≤ Y-12-31 ⇔ start year ≤ Y; end_date > Y-12-31 ⇔ end year > Y) and the year of
  -- birth (everyone born in year b is Y − b full years old on Y-12-31, so b's 31 December stands
  -- for every birth date of b in age_in_full_years). These few groups (added up from the spell
  -- groups of ind_unit_spell_groups) are joined to the years.
  SELECT unit_code, start_year, end_year, sex,
         make_date(birth_year, 12, 31) AS birth_year_end, sum(spells) AS spells
  FROM ind_unit_spell_groups
  GROUP BY ALL
), people AS (
  SELECT g.year, g.village_code, s.sex,
         least(age_in_full_years(s.birth_year_end, g.year_end) // 5, 17)::INTEGER AS age_index,
         sum(s.spells)::BIGINT AS population
  FROM ind_unit_years g
  JOIN spell_groups s
    ON s.unit_code = g.village_code
    AND in_pop_end(s.start_year, s.end_year, g.year)
  GROUP BY ALL
)
SELECT g.year::INTEGER AS year,
       g.village_code,
       x.sex,
       CASE WHEN a.age_index = 17 THEN '85+'
            ELSE (a.age_index * 5)::VARCHAR || '-' || (a.age_index * 5 + 4)::VARCHAR END AS age_group,
       coalesce(p.population, 0)::INTEGER AS population
FROM ind_unit_years g
CROSS JOIN sexes x
CROSS JOIN age_groups a
LEFT JOIN people p
  ON p.year = g.year AND p.village_code = g.village_code AND p.sex = x.sex AND p.age_index = a.age_index
ORDER BY g.year, g.village_code <> 'TOWN', g.village_code, x.sex_order, a.age_index
