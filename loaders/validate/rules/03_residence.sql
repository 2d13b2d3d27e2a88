-- residence: each rule marks the rows it rejects; a row keeps the first reason that applies.

-- The rules that look at one spell, its person and its village, in one pass: a spell gets the
-- first reason that applies, in the order written.
UPDATE staged_residence AS r SET reject_reason = checked.reason, reject_column = checked.reason_column
FROM (
  SELECT source_row, reason[1] AS reason, reason[2] AS reason_column
  FROM (
    SELECT s.source_row,
      CASE
        -- A rejected person takes their spells with them: the person's rows were all rejected (a
        -- row exists, none valid), or the row failed its field checks (rejected_person_ids).
        WHEN p.person_id IS NULL AND gone.person_id IS NOT NULL THEN ['person_rejected', 'person_id']
        WHEN p.person_id IS NULL THEN ['unknown_person', 'person_id']
        WHEN v.village_code IS NULL THEN ['unknown_village', 'village_code']
        -- The register describes nothing after its extract date.
        WHEN s.start_date > m.extract_date THEN ['date_after_extract', 'start_date']
        WHEN s.end_date > m.extract_date THEN ['date_after_extract', 'end_date']
        WHEN s.start_date < p.birth_date THEN ['starts_before_birth', 'start_date']
        -- 期初 means "present when the register starts": such a spell starts on register_start.
        WHEN s.start_reason = 'initial' AND s.start_date <> m.register_start THEN ['initial_not_at_register_start', 'start_date']
        -- 出生 means the spell begins at birth.
        WHEN s.start_reason = 'birth' AND s.start_date <> p.birth_date THEN ['birth_not_at_birth_date', 'start_date']
      END AS reason
    FROM staged_residence AS s
    CROSS JOIN extract_meta AS m
    -- valid rows are unique by person_id and village_code (02_persons.sql, 01_villages.sql)
    LEFT JOIN (SELECT person_id, birth_date FROM staged_persons WHERE reject_reason IS NULL) AS p USING (person_id)
    LEFT JOIN (SELECT village_code FROM staged_villages WHERE reject_reason IS NULL) AS v USING (village_code)
    LEFT JOIN (SELECT person_id FROM rejected_person_ids
               UNION
               SELECT person_id FROM staged_persons WHERE reject_reason IS NOT NULL) AS gone USING (person_id)
    WHERE s.reject_reason IS NULL
  ) AS spell_reasons
  WHERE reason IS NOT NULL
) AS checked
WHERE r.source_row = checked.source_row;

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
