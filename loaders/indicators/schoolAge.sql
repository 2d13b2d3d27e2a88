-- School-age population of unit v at Y-12-31 (persons):
--   pop_6_14 = persons of pop_end aged 6–14 in full years (周岁) on Y-12-31
-- Counted from each person's year of birth (everyone born in year b is Y − b full years old on
-- Y-12-31, as in ageSex.sql), so it is the register's exact count, not an estimate from the
-- five-year groups of age_sex. 0 where nobody is of school age.
WITH spell_groups AS (
  -- Spells by what the count depends on: start and end years and the year of birth.
  SELECT unit_code, start_year, end_year, make_date(birth_year, 12, 31) AS birth_year_end, sum(spells) AS spells
  FROM ind_unit_spell_groups
  GROUP BY ALL
)
SELECT g.year, g.village_code,
       -- only persons of pop_end (the join), and of them only those aged 6–14
       coalesce(sum(s.spells) FILTER (WHERE age_in_full_years(s.birth_year_end, g.year_end) BETWEEN 6 AND 14), 0) AS pop_6_14
FROM ind_unit_years g
LEFT JOIN spell_groups s
  ON s.unit_code = g.village_code
  AND in_pop_end(s.start_year, s.end_year, g.year)
GROUP BY g.year, g.village_code
