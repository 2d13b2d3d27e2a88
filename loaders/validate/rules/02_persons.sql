-- persons: a person_id may appear once; the first occurrence is kept.
-- The ids that occur more than once, with their first row: few, so only they are joined back (cheaper
-- than a correlated EXISTS per row). Kept until 07_validated.sql, whose uniqueness check reads them
-- instead of grouping every id a second time; dropped there.
CREATE TEMP TABLE repeated_person_ids AS
SELECT person_id, min(source_row) AS first_row
FROM staged_persons
GROUP BY person_id
HAVING count(*) > 1;

UPDATE staged_persons AS p SET reject_reason = 'duplicate', reject_column = 'person_id'
FROM repeated_person_ids AS repeated
WHERE p.person_id = repeated.person_id AND p.source_row > repeated.first_row;

-- Nobody can be born after the extract was taken.
UPDATE staged_persons SET reject_reason = 'date_after_extract', reject_column = 'birth_date'
WHERE reject_reason IS NULL
  AND birth_date > (SELECT extract_date FROM extract_meta);
