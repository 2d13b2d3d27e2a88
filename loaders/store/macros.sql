-- Age in full years (周岁) on date `on_date` of someone born on `birth_date`: the difference of
-- years, less one when the birthday has not yet come that year. Someone born on 29 February has
-- their birthday on 1 March in a common year (28 February is still before it).
CREATE OR REPLACE MACRO age_in_full_years(birth_date, on_date) AS
  year(on_date) - year(birth_date)
  - CASE WHEN month(on_date) < month(birth_date)
           OR (month(on_date) = month(birth_date) AND day(on_date) < day(birth_date)) THEN 1 ELSE 0 END;

-- The birthday in year `year` of someone born on `birth_date`: the same month and day, except that
-- 29 February falls on 1 March in a common year (as in age_in_full_years, where 28 February is
-- still before it).
CREATE OR REPLACE MACRO birthday_in_year(birth_date, year) AS
  CASE WHEN month(birth_date) = 2 AND day(birth_date) = 29 AND day(last_day(make_date(year, 2, 1))) = 28
       THEN make_date(year, 3, 1)
       ELSE make_date(year, month(birth_date), day(birth_date)) END;

-- A text cell made safe for spreadsheets: one that starts like a formula (= + - − @, tab, CR)
-- gets a leading apostrophe, so Excel/WPS show it as text instead of running it (CSV injection).
-- A plain signed number ("-138", "+2.5") is not a formula and is left as it is.
CREATE OR REPLACE MACRO csv_safe_text(s) AS
  CASE WHEN regexp_matches(s, '^[=+\-−@\t\r]') AND NOT regexp_matches(s, '^[+\-]?[0-9]+(\.[0-9]+)?$') THEN '''' || s ELSE s END;

-- Lower bound of an age group label ('0-4' → 0, '85+' → 85; 'all' → NULL), for ordering groups by age.
CREATE OR REPLACE MACRO age_group_start(label) AS TRY_CAST(regexp_extract(label, '^\d+') AS INTEGER);

-- Reported years: a calendar year Y is reported when the register covers all of it,
-- register_start ≤ Y-01-01 and extract_date ≥ Y-12-31 (extract_meta has one row). Its first and
-- last days come along, since every per-year count needs them. DuckDB binds a table macro when it
-- is created, so this file runs after schema.sql.
CREATE OR REPLACE MACRO reported_years() AS TABLE
  SELECT year, make_date(year, 1, 1) AS year_start, make_date(year, 12, 31) AS year_end
  FROM (
    SELECT unnest(range(year(register_start), year(extract_date) + 1))::INTEGER AS year, register_start, extract_date
    FROM extract_meta
  )
  -- the register must already run on 1 January, so that pop_start of Y is complete
  WHERE register_start <= make_date(year, 1, 1)
    -- and still run on 31 December, so that pop_end and every event of Y are complete
    AND extract_date >= make_date(year, 12, 31);
