-- villages: a village_code may appear once; the first occurrence (lowest row) is kept.
UPDATE staged_villages AS v SET reject_reason = 'duplicate', reject_column = 'village_code'
WHERE EXISTS (
  SELECT 1 FROM staged_villages AS earlier
  WHERE earlier.village_code = v.village_code AND earlier.source_row < v.source_row
);
