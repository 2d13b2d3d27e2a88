-- Calendar years fully covered by the register: register_start ≤ Y-01-01 and extract_date ≥ Y-12-31.
SELECT y::INTEGER AS year
FROM extract_meta, range(year(register_start), year(extract_date) + 1) AS t(y)
WHERE make_date(y::INTEGER, 1, 1) >= register_start   -- the year starts inside the register
  AND make_date(y::INTEGER, 12, 31) <= extract_date   -- and ends inside it
ORDER BY year
