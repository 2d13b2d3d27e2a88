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

-- One person is in at most one village at a time. Spells may touch (a move ends one spell and
-- starts the next on the same date) but not overlap; of two overlapping spells the later-starting
-- one is rejected (on equal start dates, the later row). Open spells run to the end of time.
UPDATE staged_residence AS r SET reject_reason = 'overlapping_spell', reject_column = 'start_date'
WHERE reject_reason IS NULL
  AND EXISTS (
    SELECT 1 FROM staged_residence AS earlier
    WHERE earlier.reject_reason IS NULL
      AND earlier.person_id = r.person_id
      AND (earlier.start_date < r.start_date OR (earlier.start_date = r.start_date AND earlier.source_row < r.source_row))
      -- overlap: each starts before the other ends (touching at one date is not an overlap)
      AND r.start_date < coalesce(earlier.end_date, DATE '9999-12-31')
      AND earlier.start_date < coalesce(r.end_date, DATE '9999-12-31')
  );
