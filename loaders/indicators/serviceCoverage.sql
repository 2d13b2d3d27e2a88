-- Service coverage per year, village and project (table service_coverage; output services.csv).
--   eligible      = 应服务人数 of the services rows of that year, village and project (persons)
--   served        = 已服务人数 of the same rows (persons)
--   coverage_rate = served / eligible × 100   (%; NULL when eligible = 0)
-- TOWN sums eligible and served of every village per year and project, then divides.
-- Every year present in services is kept (services are reported by the office, not derived from
-- the register, so they do not depend on the reported years). A village without a row for a
-- project has no row here: not reported is not 0.
WITH by_unit AS (
  SELECT year, village_code, project, sum(eligible) AS eligible, sum(served) AS served
  FROM services
  GROUP BY year, village_code, project
  UNION ALL
  SELECT year, 'TOWN' AS village_code, project, sum(eligible) AS eligible, sum(served) AS served
  FROM services
  GROUP BY year, project
)
SELECT year::INTEGER AS year, village_code, project,
       eligible::BIGINT AS eligible,
       served::BIGINT AS served,
       rate_or_null(served, eligible, 100) AS coverage_rate
FROM by_unit
ORDER BY year, village_code <> 'TOWN', village_code, project
