/**
 * The published columns that are computed from counts of people, each with the columns it is computed
 * from (its inputs). Under small-cell suppression (`--min-cell`, suppressedCells.ts) such a value is
 * blanked whenever one of its inputs is, or the input could be read back from it and the other inputs
 * (a rate times its denominator, a difference of two published counts, a ratio and one of its terms).
 * A rate per average population rests on pop_start and pop_end as well as on its numerator: with
 * births published, a birth rate gives pop_avg back, and pop_avg and pop_end give pop_start.
 * Averages of person-time (pop_avg aside, women_15_49), the funding amount and projections beyond
 * their base year are estimates or amounts, not counts of people, and are left as they are.
 */
export const derivedFrom: Readonly<Record<string, readonly string[]>> = {
  // village_year
  pop_avg: ["pop_start", "pop_end"],
  natural_increase: ["births", "deaths"],
  birth_rate: ["births", "pop_start", "pop_end"],
  death_rate: ["deaths", "pop_start", "pop_end"],
  natural_growth_rate: ["births", "deaths", "pop_start", "pop_end"],
  sex_ratio: ["pop_end_male", "pop_end_female"],
  sex_ratio_at_birth: ["births_male", "births_female"],
  sex_ratio_at_birth_low: ["births_male", "births_female"],
  sex_ratio_at_birth_high: ["births_male", "births_female"],
  policy_compliance_rate: ["births_policy_compliant", "births_policy_recorded"],
  multichild_out_of_policy_rate: ["births_multichild_out_of_policy", "births"],
  gfr: ["births"],
  tfr: ["births"],
  share_0_14: ["pop_0_14", "pop_end"],
  share_15_64: ["pop_15_64", "pop_end"],
  share_65_plus: ["pop_65_plus", "pop_end"],
  share_60_plus: ["pop_60_plus", "pop_end"],
  dependency_ratio: ["pop_0_14", "pop_65_plus", "pop_15_64"],
  child_dependency_ratio: ["pop_0_14", "pop_15_64"],
  old_dependency_ratio: ["pop_65_plus", "pop_15_64"],
  prepregnancy_check_coverage_rate: ["prepregnancy_served", "prepregnancy_eligible"],
  funding_per_capita: ["pop_start", "pop_end"],
  // services
  coverage_rate: ["served", "eligible"],
  // projections, on their base-year rows (observed counts; the interval there is the count itself)
  lower_80: ["population"],
  upper_80: ["population"],
  lower_95: ["population"],
  upper_95: ["population"]
};
