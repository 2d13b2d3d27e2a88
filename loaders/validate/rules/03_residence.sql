-- residence: each rule marks the rows it rejects; a row keeps the first reason that applies.

-- A rejected person takes their spells with them.
UPDATE staged_residence AS r SET reject_reason = 'person_rejected', reject_column = 'person_id'
WHERE reject_reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM staged_persons AS p WHERE p.person_id = r.person_id AND p.reject_reason IS NULL)
  AND (EXISTS (SELECT 1 FROM rejected_person_ids AS x WHERE x.person_id = r.person_id)
       OR EXISTS (SELECT 1 FROM staged_persons AS p WHERE p.person_id = r.person_id));

UPDATE staged_residence AS r SET reject_reason = 'unknown_person', reject_column = 'person_id'
WHERE reject_reason IS NULL
  AND NOT EXISTS (SELECT 1 FROM staged_persons AS p WHERE p.person_id = r.person_id AND p.reject_reason IS NULL);

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

-- The same spell entered twice: the first row is kept.
UPDATE staged_residence AS r SET reject_reason = 'duplicate', reject_column = 'start_date'
WHERE reject_reason IS NULL
  AND EXISTS (
    SELECT 1 FROM staged_residence AS earlier
    WHERE earlier.reject_reason IS NULL
      AND earlier.person_id = r.person_id AND earlier.village_code = r.village_code
      AND earlier.start_date = r.start_date AND earlier.source_row < r.source_row
  );

-- Overlapping spells (one person in two villages at once) are settled in validateExtract.ts by
-- spellsToRejectForOverlap, after these rules: it needs the spells in order, one person at a time.
