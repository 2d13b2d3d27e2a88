-- After persons and residence are the validated tables (06_finalize.sql, tableFromStaged.ts).

-- The rules above keep one row per person_id; the table has no key index, so say it here.
SELECT CASE WHEN count(*) <> count(DISTINCT person_id) THEN error('internal: persons.person_id is not unique after validation') END
FROM persons;

INSERT INTO warnings
SELECT $persons_file, p.source_row, 'person_id', '***', 'person_without_residence', ''
FROM persons AS p
WHERE NOT EXISTS (SELECT 1 FROM residence AS r WHERE r.person_id = p.person_id);
