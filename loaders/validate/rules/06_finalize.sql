-- Rows a rule marked go to `rejects`; the others become the validated tables.
-- Values of identifying columns are masked: rejects.csv is for the office, but still never shows them.

INSERT INTO rejects
SELECT $villages_file, source_row, reject_column,
       CASE reject_column WHEN 'village_code' THEN village_code END, reject_reason, ''
FROM staged_villages WHERE reject_reason IS NOT NULL;

INSERT INTO rejects
SELECT $persons_file, source_row, reject_column,
       CASE reject_column WHEN 'birth_date' THEN strftime(birth_date, '%Y-%m-%d') ELSE '***' END, reject_reason, ''
FROM staged_persons WHERE reject_reason IS NOT NULL;

INSERT INTO rejects
SELECT $residence_file, source_row, reject_column,
       CASE reject_column
         WHEN 'village_code' THEN village_code
         WHEN 'start_date' THEN strftime(start_date, '%Y-%m-%d')
         WHEN 'end_date' THEN strftime(end_date, '%Y-%m-%d')
         ELSE '***' END,
       reject_reason, ''
FROM staged_residence WHERE reject_reason IS NOT NULL;

INSERT INTO rejects
SELECT $services_file, source_row, reject_column, village_code, reject_reason, ''
FROM staged_services WHERE reject_reason IS NOT NULL;

INSERT INTO rejects
SELECT $funding_file, source_row, reject_column, village_code, reject_reason, ''
FROM staged_funding WHERE reject_reason IS NOT NULL;

-- A soft field's refused value was staged as NULL (blanked_cells, staging.sql): said for each row
-- that is kept, as a dropped mother link is below; a rejected row's blanked cells are not reported.
INSERT INTO warnings
SELECT CASE b.table_name WHEN 'villages' THEN $villages_file WHEN 'persons' THEN $persons_file
         WHEN 'residence' THEN $residence_file WHEN 'services' THEN $services_file ELSE $funding_file END,
       b.source_row, b."column", b.value, b.reason, ''
FROM blanked_cells AS b
JOIN (
  SELECT 'villages' AS table_name, source_row FROM staged_villages WHERE reject_reason IS NULL
  UNION ALL SELECT 'persons', source_row FROM staged_persons WHERE reject_reason IS NULL
  UNION ALL SELECT 'residence', source_row FROM staged_residence WHERE reject_reason IS NULL
  UNION ALL SELECT 'services', source_row FROM staged_services WHERE reject_reason IS NULL
  UNION ALL SELECT 'funding', source_row FROM staged_funding WHERE reject_reason IS NULL
) AS kept USING (table_name, source_row)
ORDER BY b.table_name, b.source_row, b."column";

INSERT INTO villages
SELECT village_code, village_name, village_type, source_row
FROM staged_villages WHERE reject_reason IS NULL ORDER BY source_row;

-- Two villages under one name are kept (a county may well have two 新村), but said: pages and the
-- bulletin then tell them apart by their codes.
INSERT INTO warnings
SELECT $villages_file, v.source_row, 'village_name', v.village_name, 'duplicate_village_name', ''
FROM villages AS v
WHERE EXISTS (SELECT 1 FROM villages AS earlier WHERE earlier.village_name = v.village_name AND earlier.source_row < v.source_row);

-- The mother link is checked, not trusted: a person named as their own mother, an unknown mother, a
-- mother who is not female, or one aged outside 12–55 at the birth drops the link with a warning; the
-- birth itself still counts. The self-link is named first: read as an age it would say "aged 0".
-- Only the links dropped are kept (few): persons is cleared of them below.
CREATE TEMP TABLE dropped_mother_links AS
SELECT source_row, problem
FROM (
  SELECT child.source_row,
         CASE
           WHEN child.mother_id = child.person_id THEN 'mother_self'
           WHEN mother.person_id IS NULL THEN 'mother_unknown'
           WHEN mother.sex <> 'F' THEN 'mother_not_female'
           WHEN age_in_full_years(mother.birth_date, child.birth_date) NOT BETWEEN 12 AND 55 THEN 'mother_age'
         END AS problem
  FROM staged_persons AS child
  LEFT JOIN staged_persons AS mother
    ON mother.person_id = child.mother_id AND mother.reject_reason IS NULL
  WHERE child.reject_reason IS NULL AND child.mother_id IS NOT NULL
)
WHERE problem IS NOT NULL;

INSERT INTO warnings
SELECT $persons_file, source_row, 'mother_id', '***', problem, ''
FROM dropped_mother_links;

-- The staging tables of persons and residence become those tables (tableFromStaged.ts, run after
-- this file): here they are left with exactly the rows and columns to keep. persons and residence
-- thus keep the staging order (deleting rows or dropping columns does not move the others): the same
-- for the same input, and not sorted, since sorting millions of rows costs seconds and nothing reads
-- these tables in stored order (every query that publishes sorts its own result).
DELETE FROM staged_persons WHERE reject_reason IS NOT NULL;
UPDATE staged_persons SET mother_id = NULL
WHERE source_row IN (SELECT source_row FROM dropped_mother_links);   -- a dropped link is not stored
ALTER TABLE staged_persons DROP COLUMN reject_reason;
ALTER TABLE staged_persons DROP COLUMN reject_column;
DROP TABLE dropped_mother_links;

DELETE FROM staged_residence WHERE reject_reason IS NOT NULL;
ALTER TABLE staged_residence DROP COLUMN reject_reason;
ALTER TABLE staged_residence DROP COLUMN reject_column;

-- Several rows for one year, village and project are added up; every row after the first is noted.
INSERT INTO warnings
SELECT $services_file, source_row, 'project', project, 'services_summed', ''
FROM (
  SELECT *, row_number() OVER (PARTITION BY year, village_code, project ORDER BY source_row) AS occurrence
  FROM staged_services WHERE reject_reason IS NULL
) WHERE occurrence > 1;

INSERT INTO services
SELECT year, village_code, project, sum(eligible), sum(served)
FROM staged_services WHERE reject_reason IS NULL
GROUP BY year, village_code, project
ORDER BY year, village_code, project;

INSERT INTO funding
SELECT year, village_code, source, item, amount_yuan, source_row
FROM staged_funding WHERE reject_reason IS NULL
ORDER BY source_row;
