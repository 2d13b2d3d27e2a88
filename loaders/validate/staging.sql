-- Staging: rows that passed the field checks (zod), before the rules that need other rows or
-- other files. Each rule below marks a row by setting reject_reason/reject_column; the first
-- rule that fails a row is the one reported. Unmarked rows become the validated tables.

CREATE TEMP TABLE staged_villages (
  village_code VARCHAR, village_name VARCHAR, village_type VARCHAR,
  source_row INTEGER, reject_reason VARCHAR, reject_column VARCHAR
);

-- staged_persons and staged_residence are not TEMP: once the rules have run, each becomes the
-- validated table of its name (persons, residence) by a rename (tableFromStaged.ts), which cannot move
-- a table out of the temp catalog; copying millions of rows instead cost about a second per million.
CREATE TABLE staged_persons (
  person_id VARCHAR, sex VARCHAR, birth_date DATE, hukou_type VARCHAR, mother_id VARCHAR,
  birth_order INTEGER, policy_compliant BOOLEAN,
  source_row INTEGER, reject_reason VARCHAR, reject_column VARCHAR
);

-- person_id of person rows rejected by the field checks, so their spells can be rejected as
-- "person_rejected" rather than "unknown_person".
CREATE TEMP TABLE rejected_person_ids (person_id VARCHAR);

CREATE TABLE staged_residence (
  person_id VARCHAR, village_code VARCHAR, start_date DATE, start_reason VARCHAR,
  end_date DATE, end_reason VARCHAR,
  source_row INTEGER, reject_reason VARCHAR, reject_column VARCHAR
);

CREATE TEMP TABLE staged_services (
  year INTEGER, village_code VARCHAR, project VARCHAR, eligible BIGINT, served BIGINT,
  source_row INTEGER, reject_reason VARCHAR, reject_column VARCHAR
);

CREATE TEMP TABLE staged_funding (
  year INTEGER, village_code VARCHAR, source VARCHAR, item VARCHAR, amount_yuan DOUBLE,
  source_row INTEGER, reject_reason VARCHAR, reject_column VARCHAR
);

-- Cells of soft fields (fields.ts `soft`) whose value the field refused: the staged value is NULL,
-- and 06_finalize.sql warns about each one whose row is kept (like a dropped mother link). Filled
-- by both paths: validateExtract (zod, softParse) and stageCsvFast (SQL). `value` is as reported
-- (an identifying column's '***', at most 100 characters).
CREATE TEMP TABLE blanked_cells (
  table_name VARCHAR, source_row INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR
);
