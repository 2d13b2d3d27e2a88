-- A village code that is unknown as written but matches a village once leading zeros are dropped on
-- both sides ("1" and "001") was almost always typed as a number in a spreadsheet, which keeps no
-- leading zeros. The row stays rejected (which village is meant is the office's call, not ours), but
-- under a reason that says how to fix it. Only rows already rejected as unknown_village are looked at.
CREATE TEMP TABLE village_codes_without_zeros AS
SELECT DISTINCT ltrim(village_code, '0') AS code_without_zeros
FROM staged_villages
WHERE reject_reason IS NULL;

UPDATE staged_residence AS r SET reject_reason = 'village_code_leading_zeros'
FROM village_codes_without_zeros AS v
WHERE r.reject_reason = 'unknown_village' AND ltrim(r.village_code, '0') = v.code_without_zeros;

UPDATE staged_services AS s SET reject_reason = 'village_code_leading_zeros'
FROM village_codes_without_zeros AS v
WHERE s.reject_reason = 'unknown_village' AND ltrim(s.village_code, '0') = v.code_without_zeros;

UPDATE staged_funding AS f SET reject_reason = 'village_code_leading_zeros'
FROM village_codes_without_zeros AS v
WHERE f.reject_reason = 'unknown_village' AND ltrim(f.village_code, '0') = v.code_without_zeros;

DROP TABLE village_codes_without_zeros;
