-- Funding of unit v in year Y (元).
--   funding_yuan       = Σ amount_yuan of the funding rows of year Y attributed to v; TOWN takes
--                        every row of Y, attributed to a village or not (village_code NULL)
--   funding_per_capita = funding_yuan / pop_avg   (元 per person; NULL when pop_avg = 0)
-- Without a funding file both columns are NULL everywhere. With one (listed in extract_tables,
-- even if it has no rows, or when funding rows are present), a unit-year without rows has 0.
WITH has_funding AS (
  SELECT EXISTS (SELECT 1 FROM extract_tables WHERE table_name = 'funding') OR EXISTS (SELECT 1 FROM funding) AS present
), sums AS (
  SELECT year, village_code, sum(amount_yuan) AS amount
  FROM funding
  -- rows attributed to a village; unattributed rows belong to TOWN only
  WHERE village_code IS NOT NULL AND village_code <> 'TOWN'
  GROUP BY year, village_code
  UNION ALL
  SELECT year, 'TOWN' AS village_code, sum(amount_yuan) AS amount
  FROM funding
  GROUP BY year
), amounts AS (
  SELECT g.year, g.village_code,
         CASE WHEN h.present THEN coalesce(s.amount, 0.0) ELSE NULL END AS funding_yuan
  FROM ind_unit_years g
  CROSS JOIN has_funding h
  LEFT JOIN sums s ON s.year = g.year AND s.village_code = g.village_code
)
SELECT a.year, a.village_code, a.funding_yuan,
       rate_or_null(a.funding_yuan, p.pop_avg, 1) AS funding_per_capita
FROM amounts a
JOIN ind_population_counts p USING (year, village_code)
