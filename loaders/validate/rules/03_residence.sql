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

-- Pairs of valid spells of one person that are the same spell entered twice (same village and start
-- date, and both or neither a stay of no length: a spell ending on the day it starts, such as a 期初
-- spell ending 迁出 on register_start, is followed, not repeated, by a spell starting there that day)
-- or that overlap (each starts before the other ends; an open spell never ends), found by one
-- self-join on person_id; later_row is the pair's later row in the file. The duplicate rule below
-- and the overlap check after it (rejectOverlappingSpells in applyRules.ts, which drops the
-- table) both read it: one join over the spells instead of a grouping and a join.
CREATE TEMP TABLE spell_pairs AS
SELECT a.person_id, b.source_row AS later_row,
       a.village_code = b.village_code AND a.start_date = b.start_date
         AND coalesce(a.end_date = a.start_date, FALSE) = coalesce(b.end_date = b.start_date, FALSE) AS same_spell
FROM staged_residence AS a
JOIN staged_residence AS b
  ON a.person_id = b.person_id AND a.source_row < b.source_row
 AND ((a.village_code = b.village_code AND a.start_date = b.start_date
       AND coalesce(a.end_date = a.start_date, FALSE) = coalesce(b.end_date = b.start_date, FALSE))
      OR (a.start_date < coalesce(b.end_date, DATE '9999-12-31') AND b.start_date < coalesce(a.end_date, DATE '9999-12-31')))
WHERE a.reject_reason IS NULL AND b.reject_reason IS NULL;   -- spells the rules above kept

-- The same spell entered twice: the first row is kept, every later one rejected.
UPDATE staged_residence SET reject_reason = 'duplicate', reject_column = 'start_date'
WHERE source_row IN (SELECT later_row FROM spell_pairs WHERE same_spell);

-- Overlapping spells (one person in two villages at once) are settled in applyRules.ts by
-- spellsToRejectForOverlap, after these rules: it needs the spells in order, one person at a time.
