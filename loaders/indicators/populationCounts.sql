-- Population counts of unit v in year Y (persons; spells of 户籍 and 流动 alike).
--   pop_start = spells in v with (start_date < Y-01-01 or start_reason = 'initial' 期初)
--               and (end_date NULL or end_date ≥ Y-01-01)
--   pop_end   = spells in v with start_date ≤ Y-12-31 and (end_date NULL or end_date > Y-12-31)
--   pop_end_registered / _migrant / _male / _female = pop_end split by hukou_type / sex
--   pop_avg   = (pop_start + pop_end) / 2                               (persons, period Y)
--   sex_ratio = pop_end_male / pop_end_female × 100                     (males per 100 females, at Y-12-31)
-- A spell ending on Y-01-01 is still in pop_start (the person left during Y); a spell ending on
-- Y-12-31 is not in pop_end (the person left during Y); one starting on Y-12-31 is in pop_end.
WITH counts AS (
  SELECT g.year, g.village_code,
    count(s.person_id) FILTER (
      -- present on 1 January: arrived before Y (or listed at the start of the register) …
      WHERE (s.start_date < g.year_start OR s.start_reason = 'initial')
        -- … and not gone before Y
        AND (s.end_date IS NULL OR s.end_date >= g.year_start)) AS pop_start,
    count(s.person_id) FILTER (
      -- present at the end of 31 December: arrived by then and not gone on or before it
      WHERE s.start_date <= g.year_end AND (s.end_date IS NULL OR s.end_date > g.year_end)) AS pop_end,
    count(s.person_id) FILTER (
      WHERE s.start_date <= g.year_end AND (s.end_date IS NULL OR s.end_date > g.year_end)
        AND s.hukou_type = 'registered') AS pop_end_registered,   -- 户籍
    count(s.person_id) FILTER (
      WHERE s.start_date <= g.year_end AND (s.end_date IS NULL OR s.end_date > g.year_end)
        AND s.hukou_type = 'migrant') AS pop_end_migrant,         -- 流动
    count(s.person_id) FILTER (
      WHERE s.start_date <= g.year_end AND (s.end_date IS NULL OR s.end_date > g.year_end)
        AND s.sex = 'M') AS pop_end_male,
    count(s.person_id) FILTER (
      WHERE s.start_date <= g.year_end AND (s.end_date IS NULL OR s.end_date > g.year_end)
        AND s.sex = 'F') AS pop_end_female
  FROM ind_unit_years g
  LEFT JOIN ind_unit_spells s
    ON s.unit_code = g.village_code
    -- only spells that touch year Y can count in it (an 'initial' spell starts on register_start ≤ Y-01-01)
    AND s.start_date <= g.year_end
    AND coalesce(s.end_date, DATE '9999-12-31') >= g.year_start
  GROUP BY g.year, g.village_code
)
SELECT year, village_code, pop_start, pop_end, pop_end_registered, pop_end_migrant,
       pop_end_male, pop_end_female,
       (pop_start + pop_end) / 2.0 AS pop_avg,
       rate_or_null(pop_end_male, pop_end_female, 100) AS sex_ratio
FROM counts
