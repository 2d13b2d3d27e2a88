-- Women and births by five-year age group of woman / mother, for unit v in year Y
-- (groups 15–19 … 45–49, named by their first age, age_group_start = 15, 20, …, 45):
--   women_start = women of pop_start aged (周岁) in the group on Y-01-01
--   women_end   = women of pop_end aged in the group on Y-12-31
--   women_avg   = (women_start + women_end) / 2            (two-point average, women)
--   births      = births in v in Y to mothers aged in the group on the child's birth date
-- Births with no mother link or a mother aged outside 15–49 are in no group.
WITH age_groups AS (
  SELECT unnest(range(15, 50, 5))::INTEGER AS age_group_start
), women_groups AS (
  -- Women's spells counted by what the counts depend on: the years the spell starts and ends in
  -- (start_date < Y-01-01 ⇔ start year < Y, ≤ Y-12-31 ⇔ ≤ Y; end_date ≥ Y-01-01 ⇔ end year ≥ Y,
  -- > Y-12-31 ⇔ > Y), 'initial', and a birth date standing for every birth date with the same age
  -- on 1 January and on 31 December of every year: 1 January of the birth year for those born on
  -- 1 January, 31 December of the birth year for everyone else born that year (the spell groups
  -- of ind_unit_spell_groups keep the birth year and whether the birthday is 1 January for this).
  SELECT unit_code, start_year, end_year,
         start_reason = 'initial' AS initial,
         CASE WHEN born_1_january THEN make_date(birth_year, 1, 1)
              ELSE make_date(birth_year, 12, 31) END AS birth_date,
         sum(spells) AS spells
  FROM ind_unit_spell_groups
  -- women only
  WHERE sex = 'F'
  GROUP BY ALL
), women_start AS (
  SELECT g.year, g.village_code,
         (age_in_full_years(s.birth_date, g.year_start) // 5 * 5)::INTEGER AS age_group_start,
         sum(s.spells)::BIGINT AS women
  FROM ind_unit_years g
  JOIN women_groups s
    ON s.unit_code = g.village_code
    AND in_pop_start(s.start_year, s.end_year, s.initial, g.year)
  -- aged 15–49 on 1 January
  WHERE age_in_full_years(s.birth_date, g.year_start) BETWEEN 15 AND 49
  GROUP BY ALL
), women_end AS (
  SELECT g.year, g.village_code,
         (age_in_full_years(s.birth_date, g.year_end) // 5 * 5)::INTEGER AS age_group_start,
         sum(s.spells)::BIGINT AS women
  FROM ind_unit_years g
  JOIN women_groups s
    ON s.unit_code = g.village_code
    AND in_pop_end(s.start_year, s.end_year, g.year)
  -- aged 15–49 on 31 December
  WHERE age_in_full_years(s.birth_date, g.year_end) BETWEEN 15 AND 49
  GROUP BY ALL
), births_by_age AS (
  SELECT year, village_code, (mother_age // 5 * 5)::INTEGER AS age_group_start, count(*) AS births
  FROM ind_births
  -- mothers aged 15–49 at the birth; births without a mother (NULL age) fall out here too
  WHERE mother_age BETWEEN 15 AND 49
  GROUP BY ALL
)
SELECT g.year, g.village_code, a.age_group_start,
       coalesce(ws.women, 0) AS women_start,
       coalesce(we.women, 0) AS women_end,
       (coalesce(ws.women, 0) + coalesce(we.women, 0)) / 2.0 AS women_avg,
       coalesce(b.births, 0) AS births
FROM ind_unit_years g
CROSS JOIN age_groups a
LEFT JOIN women_start ws USING (year, village_code, age_group_start)
LEFT JOIN women_end we USING (year, village_code, age_group_start)
LEFT JOIN births_by_age b USING (year, village_code, age_group_start)
