-- School-age population of unit v at Y-12-31 (persons):
--   pop_6_14 = persons of pop_end aged 6–14 in full years (周岁) on Y-12-31
-- Added up from the single years of age of ind_pop_end_by_age (popEndByAge.sql), so it is the
-- register's exact count, not an estimate from the five-year groups of age_sex. 0 where nobody is
-- of school age.
SELECT g.year, g.village_code,
       coalesce(sum(a.population) FILTER (WHERE a.age BETWEEN 6 AND 14), 0) AS pop_6_14
FROM ind_unit_years g
LEFT JOIN ind_pop_end_by_age a USING (year, village_code)
GROUP BY g.year, g.village_code
