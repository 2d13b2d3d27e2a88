UPDATE staged_services AS s SET reject_reason = 'unknown_village', reject_column = 'village_code'
WHERE NOT EXISTS (SELECT 1 FROM staged_villages AS v WHERE v.village_code = s.village_code AND v.reject_reason IS NULL);

-- Funding with an empty village_code is town-level money; a code that is given must exist.
UPDATE staged_funding AS f SET reject_reason = 'unknown_village', reject_column = 'village_code'
WHERE village_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM staged_villages AS v WHERE v.village_code = f.village_code AND v.reject_reason IS NULL);

-- A year the register does not cover (before the year of register_start, after that of extract_date)
-- is a typo or another extract's row: it would be published (services) or counted as accepted and
-- then appear nowhere (funding), so it is rejected and said.
UPDATE staged_services AS s SET reject_reason = 'year_outside_register', reject_column = 'year'
FROM extract_meta AS m
WHERE s.reject_reason IS NULL AND s.year NOT BETWEEN year(m.register_start) AND year(m.extract_date);

UPDATE staged_funding AS f SET reject_reason = 'year_outside_register', reject_column = 'year'
FROM extract_meta AS m
WHERE f.reject_reason IS NULL AND f.year NOT BETWEEN year(m.register_start) AND year(m.extract_date);
