-- The reporting grid: one row per unit × reported year, a unit being a village (村/社区) or the
-- whole town (village_code 'TOWN'). Every village of `villages` gets a row for every reported year,
-- even with nobody living there, so that its counts are 0 and its ratios NULL rather than missing.
-- TOWN's village_name is extract_meta.region, or $town_name when no region is given; its
-- village_type is 'town'.
SELECT y.year, y.year_start, y.year_end, u.village_code, u.village_name, u.village_type
FROM ind_reported_years y
CROSS JOIN (
  SELECT 'TOWN' AS village_code,
         coalesce(nullif(trim((SELECT min(region) FROM extract_meta)), ''), $town_name) AS village_name,
         'town' AS village_type
  UNION ALL
  SELECT village_code, village_name, village_type FROM villages
) u
