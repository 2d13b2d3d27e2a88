-- Free pre-pregnancy health check (免费孕前优生健康检查) of unit v in year Y, from service_coverage
-- rows whose project is $prepregnancy_project (compared exactly).
--   prepregnancy_eligible = eligible (persons), prepregnancy_served = served (persons)
--   prepregnancy_check_coverage_rate = served / eligible × 100   (%; NULL when eligible = 0)
-- All three NULL when the unit has no row of that project in Y (not reported is not 0); TOWN's
-- row sums the villages' rows, as in serviceCoverage.sql.
SELECT g.year, g.village_code,
       c.eligible AS prepregnancy_eligible,
       c.served AS prepregnancy_served,
       c.coverage_rate AS prepregnancy_check_coverage_rate
FROM ind_unit_years g
LEFT JOIN service_coverage c
  ON c.year = g.year AND c.village_code = g.village_code
  -- only the configured project
  AND c.project = $prepregnancy_project
