-- persons: a person_id may appear once; the first occurrence is kept.
UPDATE staged_persons AS p SET reject_reason = 'duplicate', reject_column = 'person_id'
WHERE EXISTS (
  SELECT 1 FROM staged_persons AS earlier
  WHERE earlier.person_id = p.person_id AND earlier.source_row < p.source_row
);

-- Nobody can be born after the extract was taken.
UPDATE staged_persons SET reject_reason = 'date_after_extract', reject_column = 'birth_date'
WHERE reject_reason IS NULL
  AND birth_date > (SELECT extract_date FROM extract_meta);
