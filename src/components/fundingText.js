import {formatValue} from "./formatValue.js";
import {withVerdict} from "./withVerdict.js";

/**
 * fundingText(row, {names, check}) is one bar of the funding chart in words, for its tooltip and the
 * caption: the village's name (names, village_code → label), its funding per person and the verdict
 * on the target with the gap of a miss, "青石社区8.31元(未达标,低于目标0.19元)"; without a check
 * (check(row), a target_checks row), name and value only.
 */
export function fundingText(row, {names = new Map(), check = () => undefined} = {}) {
  return withVerdict(`${names.get(row.village_code) ?? row.village_code}${formatValue(row.funding_per_capita, "元")}`, check(row));
}
