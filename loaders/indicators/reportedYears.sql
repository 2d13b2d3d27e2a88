-- Reported years (one row per year).
-- Definition: a calendar year Y is reported when the register covers all of it:
--   register_start ≤ Y-01-01 and extract_date ≥ Y-12-31 (both from extract_meta, which has one row).
-- Columns: year, its first day (year_start) and last day (year_end). Unit: calendar year.
WITH candidates AS (
  SELECT unnest(range(year(register_start), year(extract_date) + 1))::INTEGER AS year,
         register_start, extract_date
  FROM extract_meta
)
SELECT year, make_date(year, 1, 1) AS year_start, make_date(year, 12, 31) AS year_end
FROM candidates
-- the register must already run on 1 January, so that pop_start of Y is complete
WHERE register_start <= make_date(year, 1, 1)
  -- and still run on 31 December, so that pop_end and every event of Y are complete
  AND extract_date >= make_date(year, 12, 31)
ORDER BY year
