-- Age–sex structure of unit v at Y-12-31 (table age_sex; persons).
--   population = persons of pop_end of Y of the given sex whose age in full years (周岁) on
--                Y-12-31 falls in the group '0-4', '5-9', …, '80-84', '85+'
-- Every group of both sexes is listed, with 0 where nobody is; the groups of a unit sum to pop_end.
-- Rows ordered by year, TOWN first then village_code, sex (M before F), age.
WITH age_groups AS (
  SELECT unnest(range(0, 18))::INTEGER AS age_index
), sexes AS (
  SELECT * FROM (VALUES ('M', 1), ('F', 2)) AS v(sex, sex_order)
), people AS (
  -- the single years of age of ind_pop_end_by_age (popEndByAge.sql) in their five-year group
  SELECT year, village_code, sex, least(age // 5, 17)::INTEGER AS age_index, sum(population)::BIGINT AS population
  FROM ind_pop_end_by_age
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
