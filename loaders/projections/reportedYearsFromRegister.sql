-- Calendar years fully covered by the register: register_start ≤ Y-01-01 and extract_date ≥ Y-12-31
-- (the macro reported_years in loaders/store/macros.sql).
SELECT year FROM reported_years() ORDER BY year
