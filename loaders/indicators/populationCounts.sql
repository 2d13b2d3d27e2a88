-- Population counts of unit v in year Y (persons; spells of 户籍 and 流动 alike).
--   pop_start = spells in v with (start_date < Y-01-01 or start_reason = 'initial' 期初)
--               and (end_date NULL or end_date ≥ Y-01-01)
--   pop_end   = spells in v with start_date ≤ Y-12-31 and (end_date NULL or end_date > Y-12-31)
--   pop_end_registered / _migrant / _male / _female = pop_end split by hukou_type / sex
--   pop_avg   = (pop_start + pop_end) / 2                               (persons, period Y)
--   sex_ratio = pop_end_male / pop_end_female × 100                     (males per 100 females, at Y-12-31)
-- A spell ending on Y-01-01 is still in pop_start (the person left during Y); a spell ending on
-- Y-12-31 is not in pop_end (the person left during Y); one starting on Y-12-31 is in pop_end.
-- The conditions only depend on the years a spell starts and ends in (year_start is Y-01-01 and
-- year_end Y-12-31): start_date < Y-01-01 ⇔ start year < Y; start_date ≤ Y-12-31 ⇔ start year ≤ Y;
-- end_date ≥ Y-01-01 ⇔ end year ≥ Y; end_date > Y-12-31 ⇔ end year > Y. So spells are first
-- counted by unit, start year, end year, 'initial', hukou type and sex (from the spell groups of
-- ind_unit_spell_groups), and those few groups are joined to the years (instead of every spell to
-- every year).
WITH spell_groups AS (
  SELECT unit_code, start_year, end_year,
         start_reason = 'initial' AS initial, hukou_type, sex, sum(spells) AS spells
  FROM ind_unit_spell_groups
  GROUP BY ALL
), counts AS (
  SELECT g.year, g.village_code,
    -- in_pop_start / in_pop_end: indicatorMacros.sql
    coalesce(sum(s.spells) FILTER (WHERE in_pop_start(s.start_year, s.end_year, s.initial, g.year)), 0)::BIGINT AS pop_start,
    coalesce(sum(s.spells) FILTER (WHERE in_pop_end(s.start_year, s.end_year, g.year)), 0)::BIGINT AS pop_end,
    coalesce(sum(s.spells) FILTER (
      WHERE in_pop_end(s.start_year, s.end_year, g.year) AND s.hukou_type = 'registered'), 0)::BIGINT AS pop_end_registered,   -- 户籍
    coalesce(sum(s.spells) FILTER (
      WHERE in_pop_end(s.start_year, s.end_year, g.year) AND s.hukou_type = 'migrant'), 0)::BIGINT AS pop_end_migrant,         -- 流动
    coalesce(sum(s.spells) FILTER (WHERE in_pop_end(s.start_year, s.end_year, g.year) AND s.sex = 'M'), 0)::BIGINT AS pop_end_male,
    coalesce(sum(s.spells) FILTER (WHERE in_pop_end(s.start_year, s.end_year, g.year) AND s.sex = 'F'), 0)::BIGINT AS pop_end_female
  FROM ind_unit_years g
  LEFT JOIN spell_groups s
    ON s.unit_code = g.village_code
    -- only spells that touch year Y can count in it (an 'initial' spell starts on register_start ≤ Y-01-01)
    AND s.start_year <= g.year
    AND coalesce(s.end_year, 9999) >= g.year
  GROUP BY g.year, g.village_code
)
SELECT year, village_code, pop_start, pop_end, pop_end_registered, pop_end_migrant,
       pop_end_male, pop_end_female,
       (pop_start + pop_end) / 2.0 AS pop_avg,
       rate_or_null(pop_end_male, pop_end_female, 100) AS sex_ratio
FROM counts
