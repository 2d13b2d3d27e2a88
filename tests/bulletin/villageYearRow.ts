// Test helper: a village_year row with every column empty except the ones given.
import type {VillageYearRow} from "../../loaders/bulletin/types.ts";

const numericColumns = [
  "pop_start", "pop_end", "pop_end_registered", "pop_end_migrant", "pop_end_male", "pop_end_female", "pop_avg",
  "births", "births_male", "births_female", "deaths", "natural_increase", "in_migrants", "out_migrants",
  "birth_rate", "death_rate", "natural_growth_rate", "sex_ratio", "sex_ratio_at_birth", "sex_ratio_at_birth_low",
  "sex_ratio_at_birth_high", "births_policy_recorded", "births_policy_compliant", "policy_compliance_rate",
  "births_multichild_out_of_policy", "multichild_out_of_policy_rate", "women_15_49", "gfr", "tfr", "pop_0_14",
  "pop_15_64", "pop_65_plus", "pop_15_59", "pop_60_plus", "share_0_14", "share_15_64", "share_65_plus",
  "share_60_plus", "dependency_ratio", "child_dependency_ratio", "old_dependency_ratio", "prepregnancy_eligible",
  "prepregnancy_served", "prepregnancy_check_coverage_rate", "funding_yuan", "funding_per_capita"
] as const;

export function villageYearRow(given: Partial<VillageYearRow> & Pick<VillageYearRow, "year" | "village_code" | "village_name">): VillageYearRow {
  const row = {village_type: null} as Record<string, unknown>;
  for (const column of numericColumns) row[column] = null;
  return {...(row as unknown as VillageYearRow), ...given};
}

/**
 * A row whose rates and shares are derived from the counts given, the way the pipeline defines them
 * (unrounded): rates per 1000 of the mean of start and end population, shares in % of pop_end.
 */
export function derivedRow(
  given: Partial<VillageYearRow> &
    Pick<VillageYearRow, "year" | "village_code" | "village_name"> & {pop_start: number; pop_end: number; births: number; deaths: number}
): VillageYearRow {
  const popAvg = (given.pop_start + given.pop_end) / 2;
  const share = (n: number | null | undefined) => (n == null ? null : (n / given.pop_end) * 100);
  const perHundred = (n: number | null | undefined, d: number | null | undefined) => (n == null || d == null ? null : (n / d) * 100);
  const base: Partial<VillageYearRow> = {
    pop_avg: popAvg,
    natural_increase: given.births - given.deaths,
    birth_rate: (given.births / popAvg) * 1000,
    death_rate: (given.deaths / popAvg) * 1000,
    natural_growth_rate: ((given.births - given.deaths) / popAvg) * 1000,
    sex_ratio: perHundred(given.pop_end_male, given.pop_end_female),
    sex_ratio_at_birth: perHundred(given.births_male, given.births_female),
    share_0_14: share(given.pop_0_14),
    share_15_64: share(given.pop_15_64),
    share_65_plus: share(given.pop_65_plus),
    share_60_plus: share(given.pop_60_plus),
    dependency_ratio:
      given.pop_0_14 == null || given.pop_65_plus == null ? null : perHundred(given.pop_0_14 + given.pop_65_plus, given.pop_15_64),
    child_dependency_ratio: perHundred(given.pop_0_14, given.pop_15_64),
    old_dependency_ratio: perHundred(given.pop_65_plus, given.pop_15_64),
    policy_compliance_rate: perHundred(given.births_policy_compliant, given.births_policy_recorded),
    multichild_out_of_policy_rate: perHundred(given.births_multichild_out_of_policy, given.births),
    prepregnancy_check_coverage_rate: perHundred(given.prepregnancy_served, given.prepregnancy_eligible),
    funding_per_capita: given.funding_yuan == null ? null : given.funding_yuan / popAvg
  };
  return villageYearRow({...base, ...given});
}
