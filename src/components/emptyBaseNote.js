import {formatValue} from "./formatValue.js";

/**
 * emptyBaseNote(totals, {name, baseYear}) is the sentence for an area projected from nobody: when its
 * projected totals (rows with year and population, the base year's observed) have 0 people in the base year, it
 * says that the area had nobody then, that every year is projected as 0 because a projection can only carry
 * forward the people there are, that people arriving later (a new or resettled village) are beyond it, and that
 * the interval's upper bound is only the errors of areas of its size. "" otherwise, or without the base year's row.
 *
 * emptyBaseNote([{year: 2025, population: 0}, {year: 2030, population: 0}], {name: "坑口村", baseYear: 2025})
 * // "坑口村2025年末无人,预测各年均为0人:预测只能从现有的人口推算,以后若有人迁入(新设、安置等),预测无从预见;区间上限只反映同等规模村居在回测中出现过的误差。"
 */
export function emptyBaseNote(totals, {name, baseYear}) {
  const base = totals?.find((d) => d.year === baseYear);
  if (!base || base.population == null || base.population > 0) return "";
  return `${name}${baseYear}年末无人,预测各年均为${formatValue(0, "人")}:预测只能从现有的人口推算,以后若有人迁入(新设、安置等),预测无从预见;区间上限只反映同等规模村居在回测中出现过的误差。`;
}
