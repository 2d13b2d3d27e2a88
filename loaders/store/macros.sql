-- Age in full years (周岁) on date `on_date` of someone born on `birth_date`: the difference of
-- years, less one when the birthday has not yet come that year. Someone born on 29 February has
-- their birthday on 1 March in a common year (28 February is still before it).
CREATE OR REPLACE MACRO age_in_full_years(birth_date, on_date) AS
  year(on_date) - year(birth_date)
  - CASE WHEN month(on_date) < month(birth_date)
           OR (month(on_date) = month(birth_date) AND day(on_date) < day(birth_date)) THEN 1 ELSE 0 END;

-- A text cell made safe for spreadsheets: one that starts like a formula (= + - − @, tab, CR)
-- gets a leading apostrophe, so Excel/WPS show it as text instead of running it (CSV injection).
-- A plain signed number ("-138", "+2.5") is not a formula and is left as it is.
CREATE OR REPLACE MACRO csv_safe_text(s) AS
  CASE WHEN regexp_matches(s, '^[=+\-−@\t\r]') AND NOT regexp_matches(s, '^[+\-]?[0-9]+(\.[0-9]+)?$') THEN '''' || s ELSE s END;

-- Lower bound of an age group label ('0-4' → 0, '85+' → 85; 'all' → NULL), for ordering groups by age.
CREATE OR REPLACE MACRO age_group_start(label) AS TRY_CAST(regexp_extract(label, '^\d+') AS INTEGER);
