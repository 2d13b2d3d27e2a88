-- Demographic events of unit v in year Y (counts of spells, persons).
--   births / births_male / births_female = spells in v starting 'birth' (出生) in Y (by the child's sex)
--   deaths       = spells in v ending 'death' (死亡) in Y
--   natural_increase = births − deaths
--   in_migrants  = spells in v starting 'in_migration' (迁入) in Y
--   out_migrants = spells in v ending 'out_migration' (迁出) in Y
-- A move inside the town (迁出 and 迁入 of one person on one date) counts for both villages but
-- not for TOWN: TOWN subtracts the moves of ind_internal_moves from both directions.
-- With populationCounts: pop_end = pop_start + births − deaths + in_migrants − out_migrants.
WITH births_by_unit AS (
  SELECT g.year, g.village_code,
         count(b.sex) AS births,
         count(b.sex) FILTER (WHERE b.sex = 'M') AS births_male,
         count(b.sex) FILTER (WHERE b.sex = 'F') AS births_female
  FROM ind_unit_years g
  LEFT JOIN ind_births b ON b.village_code = g.village_code AND b.year = g.year
  GROUP BY g.year, g.village_code
), spell_groups AS (
  -- Spells counted by unit, start and end year and reasons (from the spell groups of
  -- ind_unit_spell_groups): "date between Y-01-01 and Y-12-31" is "year of the date = Y", so these
  -- few groups are joined to the years instead of every spell.
  SELECT unit_code, start_year, end_year, start_reason, end_reason,
         sum(spells) AS spells
  FROM ind_unit_spell_groups
  GROUP BY ALL
), flows AS (
  SELECT g.year, g.village_code,
    -- deaths: spells that end with death during Y
    coalesce(sum(s.spells) FILTER (WHERE s.end_reason = 'death' AND s.end_year = g.year), 0)::BIGINT AS deaths,
    -- arrivals: spells that start with a move-in during Y
    coalesce(sum(s.spells) FILTER (WHERE s.start_reason = 'in_migration' AND s.start_year = g.year), 0)::BIGINT AS in_all,
    -- departures: spells that end with a move-out during Y
    coalesce(sum(s.spells) FILTER (WHERE s.end_reason = 'out_migration' AND s.end_year = g.year), 0)::BIGINT AS out_all
  FROM ind_unit_years g
  LEFT JOIN spell_groups s
    ON s.unit_code = g.village_code
    -- only spells that touch year Y can start or end in it
    AND s.start_year <= g.year
    AND coalesce(s.end_year, 9999) >= g.year
  GROUP BY g.year, g.village_code
)
SELECT f.year, f.village_code,
       b.births, b.births_male, b.births_female,
       f.deaths,
       b.births - f.deaths AS natural_increase,
       f.in_all - CASE WHEN f.village_code = 'TOWN' THEN coalesce(m.moves, 0) ELSE 0 END AS in_migrants,
       f.out_all - CASE WHEN f.village_code = 'TOWN' THEN coalesce(m.moves, 0) ELSE 0 END AS out_migrants
FROM flows f
JOIN births_by_unit b USING (year, village_code)
LEFT JOIN ind_internal_moves m ON m.year = f.year
