UPDATE staged_services AS s SET reject_reason = 'unknown_village', reject_column = 'village_code'
WHERE NOT EXISTS (SELECT 1 FROM staged_villages AS v WHERE v.village_code = s.village_code AND v.reject_reason IS NULL);

-- Funding with an empty village_code is town-level money; a code that is given must exist.
UPDATE staged_funding AS f SET reject_reason = 'unknown_village', reject_column = 'village_code'
WHERE village_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM staged_villages AS v WHERE v.village_code = f.village_code AND v.reject_reason IS NULL);
