-- The validated register, as stored in DuckDB after every rule of validation has run.
-- Codes are stored in English; the Chinese input values they come from are noted beside each.
-- Only rows that passed validation are here; every rejected row is in `rejects`.
-- No name, ID number or free-text personal field is ever stored.

CREATE TABLE extract_meta (
  region          VARCHAR,            -- extract.json "region"; NULL when not given
  register_start  DATE NOT NULL,      -- first day the register covers
  extract_date    DATE NOT NULL       -- last day the register covers
);

-- The tables the extract provided a file for (even a file without rows): 'villages', 'persons', …
-- An optional table with a file but no rows is not the same as no file (e.g. funding is 0, not unknown).
CREATE TABLE extract_tables (
  table_name  VARCHAR NOT NULL PRIMARY KEY
);

CREATE TABLE villages (
  village_code  VARCHAR NOT NULL PRIMARY KEY,
  village_name  VARCHAR NOT NULL,
  village_type  VARCHAR,              -- 'village' (村) | 'community' (社区) | NULL (empty, or blanked with a warning)
  source_row    INTEGER NOT NULL      -- 1-based data row in the input file
);

-- person_id is unique (validation rejects every later duplicate, and 07_validated.sql asserts it);
-- it is not declared PRIMARY KEY because building that index cost a second per million people
-- and nothing looks a person up by key.
CREATE TABLE persons (
  person_id         VARCHAR NOT NULL,
  sex               VARCHAR NOT NULL, -- 'M' | 'F'
  birth_date        DATE NOT NULL,
  hukou_type        VARCHAR NOT NULL, -- 'registered' (户籍) | 'migrant' (流动)
  mother_id         VARCHAR,          -- NULL when absent or when the link was dropped with a warning
  birth_order       INTEGER,          -- 孩次, ≥ 1, NULL when not recorded or blanked with a warning (soft field)
  policy_compliant  BOOLEAN,          -- 政策符合: 是 → true, 否 → false, NULL when not recorded or blanked with a warning
  source_row        INTEGER NOT NULL
);

CREATE TABLE residence (
  person_id     VARCHAR NOT NULL,
  village_code  VARCHAR NOT NULL,
  start_date    DATE NOT NULL,
  start_reason  VARCHAR NOT NULL,     -- 'initial' (期初) | 'birth' (出生) | 'in_migration' (迁入)
  end_date      DATE,                 -- NULL while the spell is open
  end_reason    VARCHAR,              -- 'death' (死亡) | 'out_migration' (迁出); NULL exactly when end_date is
  source_row    INTEGER NOT NULL
);

CREATE TABLE services (
  year          INTEGER NOT NULL,
  village_code  VARCHAR NOT NULL,
  project       VARCHAR NOT NULL,
  eligible      BIGINT NOT NULL,      -- 应服务人数 (rows for the same year, village and project summed)
  served        BIGINT NOT NULL       -- 已服务人数
);

CREATE TABLE funding (
  year          INTEGER NOT NULL,
  village_code  VARCHAR,              -- NULL: town-level funding not attributed to a village
  source        VARCHAR,
  item          VARCHAR,
  amount_yuan   DOUBLE NOT NULL,
  source_row    INTEGER NOT NULL
);

-- Row-level problems. A reject removed the row; a warning kept it (possibly with a field cleared).
CREATE TABLE rejects (
  file      VARCHAR NOT NULL,
  "row"     INTEGER NOT NULL,
  "column"  VARCHAR,
  value     VARCHAR,
  reason    VARCHAR NOT NULL,         -- stable reason code, see loaders/validate/reasons.ts
  message   VARCHAR NOT NULL          -- plain-language explanation (zh-CN)
);

CREATE TABLE warnings (
  file      VARCHAR NOT NULL,
  "row"     INTEGER NOT NULL,
  "column"  VARCHAR,
  value     VARCHAR,
  reason    VARCHAR NOT NULL,
  message   VARCHAR NOT NULL
);

-- Where a data row ("row": 1-based, header excluded) is in the file as the office sees it: the
-- sheet's row number (XLSX) or the line the record starts on (CSV) is "row" + line_offset of the
-- file's entry with the greatest from_row <= "row". One entry where the offset changes (a blank line
-- or a record of several lines before it): an XLSX sheet has one, its header's row number.
CREATE TABLE source_lines (
  file        VARCHAR NOT NULL,
  from_row    INTEGER NOT NULL,
  line_offset INTEGER NOT NULL
);

-- rejects and warnings with each row's line (NULL for a row read before lines were recorded).
CREATE VIEW rejects_located AS
SELECT p.*, p."row" + l.line_offset AS line
FROM rejects AS p ASOF LEFT JOIN source_lines AS l ON p.file = l.file AND p."row" >= l.from_row;

CREATE VIEW warnings_located AS
SELECT p.*, p."row" + l.line_offset AS line
FROM warnings AS p ASOF LEFT JOIN source_lines AS l ON p.file = l.file AND p."row" >= l.from_row;
