-- Reported years (one row per year), with their first day (year_start) and last day (year_end).
-- Definition (the macro reported_years in loaders/store/macros.sql): a calendar year Y is reported
-- when the register covers all of it, register_start ≤ Y-01-01 and extract_date ≥ Y-12-31.
SELECT year, year_start, year_end FROM reported_years() ORDER BY year
