-- Population of unit v at Y-12-31 by sex and single year of age in full years (周岁) on that day
-- (persons of pop_end; table ind_pop_end_by_age). Only ages somebody has are listed.
-- The one join of the spell groups to the years that the age–sex structure (ageSex.sql, five-year
-- groups) and the school-age count (schoolAge.sql, 6–14) both add up, so they count the same people.
WITH spell_groups AS (
  -- Spells counted by what the count depends on: the years the spell starts and ends in
  -- (start_date ≤ Y-12-31 ⇔ start year ≤ Y; end_date > Y-12-31 ⇔ end year > Y) and the year of
  -- birth (everyone born in year b is Y − b full years old on Y-12-31, so b's 31 December stands
  -- for every birth date of b in age_in_full_years). These few groups (added up from the spell
  -- groups of ind_unit_spell_groups) are joined to the years.
  SELECT unit_code, start_year, end_year, sex,
         make_date(birth_year, 12, 31) AS birth_year_end, sum(spells) AS spells
  FROM ind_unit_spell_groups
  GROUP BY ALL
)
SELECT g.year, g.village_code, s.sex,
       age_in_full_years(s.birth_year_end, g.year_end)::INTEGER AS age,
       sum(s.spells)::BIGINT AS population
FROM ind_unit_years g
JOIN spell_groups s
  ON s.unit_code = g.village_code
  AND in_pop_end(s.start_year, s.end_year, g.year)
GROUP BY ALL
