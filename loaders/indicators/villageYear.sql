-- Output table village_year: one row per village × reported year, plus TOWN, assembling the
-- concerns computed before (each defined in its own file). Counts are INTEGER (BIGINT for the
-- service counts), rates DOUBLE and unrounded; a ratio with a zero denominator is NULL.
-- Rows ordered by year, then TOWN first, then village_code.
SELECT g.year::INTEGER AS year, g.village_code, g.village_name, g.village_type,
       p.pop_start::INTEGER AS pop_start,
       p.pop_end::INTEGER AS pop_end,
       p.pop_end_registered::INTEGER AS pop_end_registered,
       p.pop_end_migrant::INTEGER AS pop_end_migrant,
       p.pop_end_male::INTEGER AS pop_end_male,
       p.pop_end_female::INTEGER AS pop_end_female,
       p.pop_avg::DOUBLE AS pop_avg,
       e.births::INTEGER AS births,
       e.births_male::INTEGER AS births_male,
       e.births_female::INTEGER AS births_female,
       e.deaths::INTEGER AS deaths,
       e.natural_increase::INTEGER AS natural_increase,
       e.in_migrants::INTEGER AS in_migrants,
       e.out_migrants::INTEGER AS out_migrants,
       v.birth_rate::DOUBLE AS birth_rate,
       v.death_rate::DOUBLE AS death_rate,
       v.natural_growth_rate::DOUBLE AS natural_growth_rate,
       p.sex_ratio::DOUBLE AS sex_ratio,
       s.sex_ratio_at_birth::DOUBLE AS sex_ratio_at_birth,
       s.sex_ratio_at_birth_low::DOUBLE AS sex_ratio_at_birth_low,
       s.sex_ratio_at_birth_high::DOUBLE AS sex_ratio_at_birth_high,
       c.births_policy_recorded::INTEGER AS births_policy_recorded,
       c.births_policy_compliant::INTEGER AS births_policy_compliant,
       c.policy_compliance_rate::DOUBLE AS policy_compliance_rate,
       c.births_multichild_out_of_policy::INTEGER AS births_multichild_out_of_policy,
       c.multichild_out_of_policy_rate::DOUBLE AS multichild_out_of_policy_rate,
       f.women_15_49::DOUBLE AS women_15_49,
       f.gfr::DOUBLE AS gfr,
       f.tfr::DOUBLE AS tfr,
       a.pop_0_14::INTEGER AS pop_0_14,
       a.pop_15_64::INTEGER AS pop_15_64,
       a.pop_65_plus::INTEGER AS pop_65_plus,
       a.pop_15_59::INTEGER AS pop_15_59,
       a.pop_60_plus::INTEGER AS pop_60_plus,
       k.pop_6_14::INTEGER AS pop_6_14,
       a.share_0_14::DOUBLE AS share_0_14,
       a.share_15_64::DOUBLE AS share_15_64,
       a.share_65_plus::DOUBLE AS share_65_plus,
       a.share_60_plus::DOUBLE AS share_60_plus,
       a.dependency_ratio::DOUBLE AS dependency_ratio,
       a.child_dependency_ratio::DOUBLE AS child_dependency_ratio,
       a.old_dependency_ratio::DOUBLE AS old_dependency_ratio,
       q.prepregnancy_eligible::BIGINT AS prepregnancy_eligible,
       q.prepregnancy_served::BIGINT AS prepregnancy_served,
       q.prepregnancy_check_coverage_rate::DOUBLE AS prepregnancy_check_coverage_rate,
       m.funding_yuan::DOUBLE AS funding_yuan,
       m.funding_per_capita::DOUBLE AS funding_per_capita
FROM ind_unit_years g
JOIN ind_population_counts p USING (year, village_code)
JOIN ind_events e USING (year, village_code)
JOIN ind_vital_rates v USING (year, village_code)
JOIN ind_sex_ratio_at_birth s USING (year, village_code)
JOIN ind_policy_compliance c USING (year, village_code)
JOIN ind_fertility f USING (year, village_code)
JOIN ind_age_structure a USING (year, village_code)
JOIN ind_school_age k USING (year, village_code)
JOIN ind_prepregnancy_check q USING (year, village_code)
JOIN ind_funding m USING (year, village_code)
ORDER BY g.year, g.village_code <> 'TOWN', g.village_code
