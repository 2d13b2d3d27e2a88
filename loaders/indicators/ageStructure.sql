-- Broad age structure of unit v at Y-12-31, summed from age_sex (whose five-year groups nest in
-- the broad groups), so every person of pop_end is counted once.
--   pop_0_14, pop_15_64, pop_65_plus, pop_15_59, pop_60_plus   (persons, ages in full years)
--   share_0_14 / share_15_64 / share_65_plus / share_60_plus = group / pop_end × 100   (%)
--   dependency_ratio       = (pop_0_14 + pop_65_plus) / pop_15_64 × 100   (per 100 aged 15–64)
--   child_dependency_ratio = pop_0_14 / pop_15_64 × 100
--   old_dependency_ratio   = pop_65_plus / pop_15_64 × 100
-- Shares are NULL when pop_end = 0, dependency ratios when pop_15_64 = 0.
WITH indexed AS (
  SELECT year, village_code, population,
         CASE WHEN age_group = '85+' THEN 85 ELSE split_part(age_group, '-', 1)::INTEGER END AS age_from
  FROM age_sex
), groups AS (
  -- each FILTER keeps the five-year groups (by their first age) that nest in the broad group
  SELECT year, village_code,
         sum(population) AS pop_end,
         sum(population) FILTER (WHERE age_from < 15) AS pop_0_14,
         sum(population) FILTER (WHERE age_from >= 15 AND age_from < 65) AS pop_15_64,
         sum(population) FILTER (WHERE age_from >= 65) AS pop_65_plus,
         sum(population) FILTER (WHERE age_from >= 15 AND age_from < 60) AS pop_15_59,
         sum(population) FILTER (WHERE age_from >= 60) AS pop_60_plus
  FROM indexed
  GROUP BY year, village_code
)
SELECT year, village_code,
       pop_0_14, pop_15_64, pop_65_plus, pop_15_59, pop_60_plus,
       rate_or_null(pop_0_14, pop_end, 100) AS share_0_14,
       rate_or_null(pop_15_64, pop_end, 100) AS share_15_64,
       rate_or_null(pop_65_plus, pop_end, 100) AS share_65_plus,
       rate_or_null(pop_60_plus, pop_end, 100) AS share_60_plus,
       rate_or_null(pop_0_14 + pop_65_plus, pop_15_64, 100) AS dependency_ratio,
       rate_or_null(pop_0_14, pop_15_64, 100) AS child_dependency_ratio,
       rate_or_null(pop_65_plus, pop_15_64, 100) AS old_dependency_ratio
FROM groups
