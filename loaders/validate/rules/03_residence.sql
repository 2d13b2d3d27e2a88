-- residence: each rule marks the rows it rejects; a row keeps the first reason that applies.

-- Spells whose person has no valid row, found with one anti-join; they are few, and the two rules
-- below only look at them.
CREATE TEMP TABLE residence_without_person AS
SELECT r.source_row, r.person_id
FROM staged_residence AS r
WHERE r.reject_reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM staged_persons AS p WHERE p.person_id = r.person_id AND p.reject_reason IS NULL);

-- A rejected person takes their spells with them: the person's rows were all rejected (a row
-- exists, none valid), or the row failed its field checks (rejected_person_ids).
UPDATE staged_residence AS r SET reject_reason = 'person_rejected', reject_column = 'person_id'
FROM residence_without_person AS w
WHERE r.source_row = w.source_row
  AND (w.person_id IN (SELECT person_id FROM rejected_person_ids)
       OR w.person_id IN (SELECT person_id FROM staged_persons WHERE reject_reason IS NOT NULL));

UPDATE staged_residence AS r SET reject_reason = 'unknown_person', reject_column = 'person_id'
FROM residence_without_person AS w
WHERE r.source_row = w.source_row AND r.reject_reason IS NULL;

DROP TABLE residence_without_person;

UPDATE staged_residence AS r SET reject_reason = 'unknown_village', reject_column = 'village_code'
WHERE reject_reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM staged_villages AS v WHERE v.village_code = r.village_code AND v.reject_reason IS NULL);

-- The register describes nothing after its extract date.
UPDATE staged_residence SET reject_reason = 'date_after_extract', reject_column = 'start_date'
WHERE reject_reason IS NULL AND start_date > (SELECT extract_date FROM extract_meta);

UPDATE staged_residence SET reject_reason = 'date_after_extract', reject_column = 'end_date'
WHERE reject_reason IS NULL AND end_date > (SELECT extract_date FROM extract_meta);

UPDATE staged_residence AS r SET reject_reason = 'starts_before_birth', reject_column = 'start_date'
FROM staged_persons AS p
WHERE r.reject_reason IS NULL AND p.reject_reason IS NULL
  AND p.person_id = r.person_id AND r.start_date < p.birth_date;

-- 期初 means "present when the register starts": such a spell starts on register_start.
UPDATE staged_residence SET reject_reason = 'initial_not_at_register_start', reject_column = 'start_date'
WHERE reject_reason IS NULL AND start_reason = 'initial'
  AND start_date <> (SELECT register_start FROM extract_meta);

-- 出生 means the spell begins at birth.
UPDATE staged_residence AS r SET reject_reason = 'birth_not_at_birth_date', reject_column = 'start_date'
FROM staged_persons AS p
WHERE r.reject_reason IS NULL AND p.reject_reason IS NULL
  AND p.person_id = r.person_id AND r.start_reason = 'birth' AND r.start_date <> p.birth_date;

-- The same spell entered twice: the first row is kept. (Only spells entered more than once are
-- joined back: cheaper than a correlated EXISTS per row.)
UPDATE staged_residence AS r SET reject_reason = 'duplicate', reject_column = 'start_date'
FROM (
  SELECT person_id, village_code, start_date, min(source_row) AS first_row
  FROM staged_residence
  WHERE reject_reason IS NULL
  GROUP BY person_id, village_code, start_date
  HAVING count(*) > 1
) AS repeated
WHERE r.reject_reason IS NULL
  AND r.person_id = repeated.person_id AND r.village_code = repeated.village_code
  AND r.start_date = repeated.start_date AND r.source_row > repeated.first_row;

-- Overlapping spells (one person in two villages at once) are settled in validateExtract.ts by
-- spellsToRejectForOverlap, after these rules: it needs the spells in order, one person at a time.
