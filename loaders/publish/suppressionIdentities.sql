-- Every additive identity a reader of the published files can use to work a blanked cell out, as its
-- terms (the cells of suppression_cells it adds up; NULL cells, not there, are known to the reader).
-- Signs do not matter to suppression: an identity with exactly one blank term gives that term back.
-- One row per identity: its number (by family and instance) and its cells in ranking order.
CREATE OR REPLACE TEMP TABLE suppression_identities AS
WITH
village_rows AS (SELECT DISTINCT year, village_code FROM suppression_cells WHERE dataset = 'village_year'),
-- Within a village_year row.
row_identities(family, columns) AS (VALUES
  -- the balancing identity: pop_end = pop_start + births − deaths + in_migrants − out_migrants
  (1, ['pop_end', 'pop_start', 'births', 'deaths', 'in_migrants', 'out_migrants']),
  -- the same with natural_increase = births − deaths
  (2, ['pop_end', 'pop_start', 'natural_increase', 'in_migrants', 'out_migrants']),
  (3, ['natural_increase', 'births', 'deaths']),
  -- pop_avg = (pop_start + pop_end) ÷ 2
  (4, ['pop_avg', 'pop_start', 'pop_end']),
  (5, ['pop_end', 'pop_end_male', 'pop_end_female']),
  (6, ['pop_end', 'pop_end_registered', 'pop_end_migrant']),
  (7, ['births', 'births_male', 'births_female']),
  (8, ['pop_end', 'pop_0_14', 'pop_15_64', 'pop_65_plus']),
  (9, ['pop_end', 'pop_0_14', 'pop_15_59', 'pop_60_plus']),
  -- the two splits together: pop_15_64 + pop_65_plus = pop_15_59 + pop_60_plus
  (10, ['pop_15_64', 'pop_65_plus', 'pop_15_59', 'pop_60_plus'])
),
-- The broad age groups of village_year as sums of age_sex's five-year groups, and the 60–64 group as
-- the difference of two of them (pop_15_64 − pop_15_59, pop_60_plus − pop_65_plus).
broad_ages(family, "column", age_from, age_to) AS (VALUES
  (1, 'pop_0_14', 0, 14), (2, 'pop_15_64', 15, 64), (3, 'pop_65_plus', 65, 999), (4, 'pop_15_59', 15, 59), (5, 'pop_60_plus', 60, 999),
  (6, 'pop_15_64', 60, 64), (6, 'pop_15_59', 60, 64), (7, 'pop_60_plus', 60, 64), (7, 'pop_65_plus', 60, 64)
),
terms(family, instance, dataset, year, village_code, k3, k4, "column") AS (
  SELECT 'row ' || family, concat_ws('|', year, village_code), 'village_year', year, village_code, '', '', unnest(columns)
  FROM village_rows, row_identities
  UNION ALL
  -- pop_start of a year is pop_end of the year before
  SELECT 'continuity', concat_ws('|', year, village_code), 'village_year', year, village_code, '', '', 'pop_start' FROM village_rows
  UNION ALL
  SELECT 'continuity', concat_ws('|', year + 1, village_code), 'village_year', year, village_code, '', '', 'pop_end' FROM village_rows
  UNION ALL
  -- TOWN = the sum of the villages, for every column that adds up (rates do not) ...
  SELECT 'town ' || dataset || ' ' || "column", concat_ws('|', year, k3, k4), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells
  WHERE (NOT derived OR "column" IN ('natural_increase', 'pop_avg'))
    -- ... but migration: a move between two villages counts in both and not in TOWN, so only in − out adds up
    AND NOT (dataset = 'village_year' AND "column" IN ('in_migrants', 'out_migrants'))
  UNION ALL
  SELECT 'town net migration', year::VARCHAR, 'village_year', year, village_code, '', '', "column"
  FROM suppression_cells WHERE dataset = 'village_year' AND "column" IN ('in_migrants', 'out_migrants')
  UNION ALL
  -- a village-year's age_sex cells add up to its pop_end, to its pop_end_male / _female, and to its broad age groups
  SELECT 'age_sex total', concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, "column" FROM suppression_cells WHERE dataset = 'age_sex'
  UNION ALL
  SELECT 'age_sex total', concat_ws('|', year, village_code), 'village_year', year, village_code, '', '', 'pop_end' FROM village_rows
  UNION ALL
  SELECT 'age_sex by sex', concat_ws('|', year, village_code, k3), dataset, year, village_code, k3, k4, "column" FROM suppression_cells WHERE dataset = 'age_sex'
  UNION ALL
  SELECT 'age_sex by sex', concat_ws('|', year, village_code, sex), 'village_year', year, village_code, '', '', 'pop_end_' || CASE sex WHEN 'M' THEN 'male' ELSE 'female' END
  FROM village_rows, (VALUES ('M'), ('F')) AS s(sex)
  UNION ALL
  SELECT 'age_sex broad age ' || b.family, concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, c."column"
  FROM suppression_cells AS c JOIN broad_ages AS b ON age_group_start(c.k4) BETWEEN b.age_from AND b.age_to WHERE c.dataset = 'age_sex'
  UNION ALL
  SELECT 'age_sex broad age ' || family, concat_ws('|', year, village_code), 'village_year', year, village_code, '', '', "column" FROM village_rows, broad_ages
  UNION ALL
  -- services: village_year's prepregnancy counts are the services row of that project
  SELECT 'services prepregnancy ' || "column", concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells WHERE dataset = 'services' AND k3 = $prepregnancyProject AND "column" IN ('eligible', 'served')
  UNION ALL
  SELECT 'services prepregnancy ' || replace("column", 'prepregnancy_', ''), concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells WHERE dataset = 'village_year' AND "column" IN ('prepregnancy_eligible', 'prepregnancy_served')
  UNION ALL
  -- projections' base year: each cell is the observed count (sex × age group: age_sex; a sex's total:
  -- pop_end_male / _female; the total: pop_end); a both-sexes age group ('all') is the sum of the two
  -- sexes, and the age groups add up to the total and to village_year's broad age groups
  SELECT 'projections observed', concat_ws('|', year, village_code, k3, k4), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells WHERE dataset = 'projections' AND "column" = 'population' AND NOT (k3 = 'all' AND k4 <> 'all')
  UNION ALL
  SELECT 'projections observed', concat_ws('|', year, village_code, k3, k4), dataset, year, village_code, k3, k4, "column" FROM suppression_cells WHERE dataset = 'age_sex'
  UNION ALL
  SELECT 'projections observed', concat_ws('|', year, village_code, sex, 'all'), 'village_year', year, village_code, '', '', "column"
  FROM village_rows, (VALUES ('M', 'pop_end_male'), ('F', 'pop_end_female'), ('all', 'pop_end')) AS s(sex, "column")
  UNION ALL
  SELECT 'projections both sexes', concat_ws('|', year, village_code, k4), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells WHERE dataset = 'projections' AND "column" = 'population' AND k4 <> 'all'
  UNION ALL
  SELECT 'projections age groups', concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, "column"
  FROM suppression_cells WHERE dataset = 'projections' AND "column" = 'population' AND k3 = 'all'
  UNION ALL
  SELECT 'projections broad age ' || b.family, concat_ws('|', year, village_code), dataset, year, village_code, k3, k4, c."column"
  FROM suppression_cells AS c JOIN broad_ages AS b ON age_group_start(c.k4) BETWEEN b.age_from AND b.age_to
  WHERE c.dataset = 'projections' AND c."column" = 'population' AND c.k3 = 'all'
  UNION ALL
  SELECT 'projections broad age ' || b.family, concat_ws('|', p.year, p.village_code), 'village_year', p.year, p.village_code, '', '', b."column"
  FROM (SELECT DISTINCT year, village_code FROM suppression_cells WHERE dataset = 'projections') AS p, broad_ages AS b
),
cell_terms AS (
  SELECT DISTINCT family, instance, c.id AS cell
  FROM terms
  -- a term with no value (NULL) is taken as known to the reader, which only asks more of suppression
  JOIN suppression_cells AS c USING (dataset, year, village_code, k3, k4, "column")
)
SELECT (row_number() OVER (ORDER BY family, instance) - 1)::INTEGER AS identity, list(cell ORDER BY cell) AS cells
FROM cell_terms
GROUP BY family, instance
-- a single term is an equality whose other side is not published (pop_end of the last year, age_sex
-- of a year that is not the projections' base year): nothing to work out
HAVING count(*) >= 2
ORDER BY identity;
