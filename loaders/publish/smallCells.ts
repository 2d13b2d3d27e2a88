import type {DictionaryEntry} from "./dataDictionary.ts";
import {quotedIdentifier, quotedString} from "../store/sql.ts";

/**
 * Small-cell suppression (`--min-cell N`), for data released outside the office.
 *
 * A count of people (a dictionary column in 人 with a whole-number type) below N is blanked. A value
 * computed from such counts is blanked with them, or the count could be read back from it (a rate
 * times its denominator, a difference of two published counts): the columns below name the counts
 * each is computed from. Averages of person-time (pop_avg aside, women_15_49) and projections are
 * estimates, not counts of people, and are left as they are.
 *
 * This is primary suppression only: a blanked village count can still be rebuilt from the town's
 * total minus the other villages. Say so when the data is released.
 */
export const derivedFrom: Readonly<Record<string, readonly string[]>> = {
  // village_year
  pop_avg: ["pop_start", "pop_end"],
  natural_increase: ["births", "deaths"],
  birth_rate: ["births"],
  death_rate: ["deaths"],
  natural_growth_rate: ["births", "deaths"],
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
  coverage_rate: ["served", "eligible"]
};

/** Whether a dictionary column is a count of people, suppressed on its own value. */
function isCount(entry: DictionaryEntry): boolean {
  return entry.unit === "人" && entry.type !== "DOUBLE" && !(entry.name in derivedFrom);
}

/** The counts a column rests on: itself for a count, the counts it is computed from, or none. */
function restsOn(entry: DictionaryEntry): readonly string[] {
  return isCount(entry) ? [entry.name] : (derivedFrom[entry.name] ?? []);
}

/**
 * SQL that is TRUE when a count the column rests on (of the row in scope, or of `alias`) is below
 * minCell; undefined for a column that rests on no count.
 */
function blankCondition(entry: DictionaryEntry, minCell: number, alias?: string): string | undefined {
  const counts = restsOn(entry);
  if (!counts.length) return undefined;
  const reference = (column: string) => (alias ? `${alias}.${quotedIdentifier(column)}` : quotedIdentifier(column));
  return counts.map((count) => `coalesce(${reference(count)} < ${minCell}, FALSE)`).join(" OR ");
}

/**
 * blankWhen(dataset, dictionary, minCell): for each column of the dataset that suppression touches,
 * the SQL condition (over the row's own columns) under which its cell is blanked. Empty when
 * minCell ≤ 1, for which nothing is small.
 */
export function blankWhen(dataset: string, dictionary: readonly DictionaryEntry[], minCell: number): Record<string, string> {
  if (minCell <= 1) return {};
  const conditions: Record<string, string> = {};
  for (const entry of dictionary) {
    const condition = entry.dataset === dataset ? blankCondition(entry, minCell) : undefined;
    if (condition) conditions[entry.name] = condition;
  }
  return conditions;
}

/**
 * The condition that blanks a target check's actual value and its verdict (status, conclusive,
 * inconclusive_reason): the checked indicator's value is blanked in village_year (read from the table
 * `villageYear`, the row matched on year and village_code). The verdict goes too, because it bounds the
 * value: a birth rate "not_met" (above 15‰) on a published average population of 200 says that more
 * than 3 births were blanked, and below a min-cell of 5 that leaves exactly 4.
 */
export function targetCheckBlankWhen(dictionary: readonly DictionaryEntry[], minCell: number, villageYear = "village_year"): Record<string, string> {
  if (minCell <= 1) return {};
  const cases = dictionary
    .filter((entry) => entry.dataset === "village_year" && restsOn(entry).length)
    .map((entry) => `WHEN ${quotedString(entry.name)} THEN ${blankCondition(entry, minCell, "v")}`);
  const blanked = `EXISTS (SELECT 1 FROM ${quotedIdentifier(villageYear)} AS v WHERE v.year = target_checks.year AND v.village_code = target_checks.village_code
      AND CASE target_checks.indicator ${cases.join(" ")} ELSE FALSE END)`;
  return {actual: blanked, status: blanked, conclusive: blanked, inconclusive_reason: blanked};
}
