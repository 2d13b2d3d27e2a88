-- After persons and residence are the validated tables (06_finalize.sql, tableFromStaged.ts).

-- The rules above keep one row per person_id; the table has no key index, so say it here. persons
-- holds a subset of the staged rows (06_finalize.sql deletes, it never adds), and 02_persons.sql's
-- grouping of every staged id found the only ids that occur twice there (repeated_person_ids): an id
-- not among them occurs once in persons at most, so only those are counted (a join to a few rows,
-- not a second grouping of millions of ids).
SELECT CASE WHEN count(*) > 0 THEN error('internal: persons.person_id is not unique after validation') END
FROM (
  SELECT person_id FROM persons JOIN repeated_person_ids USING (person_id)
  GROUP BY person_id HAVING count(*) > 1
);
DROP TABLE repeated_person_ids;

INSERT INTO warnings
SELECT $persons_file, p.source_row, 'person_id', '***', 'person_without_residence', ''
FROM persons AS p
WHERE NOT EXISTS (SELECT 1 FROM residence AS r WHERE r.person_id = p.person_id);
