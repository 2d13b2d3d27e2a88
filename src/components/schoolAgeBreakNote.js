import {formatValue} from "./formatValue.js";

/**
 * schoolAgeBreakNote(series) warns that the base year's school age (the register's exact count of
 * ages 6–14) and the projected years' (estimated from five-year groups, 4/5 of 5–9 plus 10–14) are
 * not counted the same way, and gives the base year on the projected years' footing
 * (school_age_6_14_estimated), so that the change from the base year to a projected year is read
 * like with like. `series`: rows of projection_summary/summary.csv for one area and scenario.
 * Returns "" when the base year is itself an estimate or the two agree.
 *
 * schoolAgeBreakNote([{year: 2025, observed: true, school_age_exact: true, school_age_6_14: 2348, school_age_6_14_estimated: 2305.2}, …])
 * // "按预测年份的推算方法,2025年学龄人口为2305人,比实际数少43人;2025年与预测年份比较时,应以这个同口径的数为准。"
 */
export function schoolAgeBreakNote(series) {
  const base = series.find((d) => d.observed && d.school_age_exact);
  if (!base || base.school_age_6_14_estimated == null) return "";
  // In whole persons, as the page prints both counts.
  const gap = Math.round(base.school_age_6_14_estimated) - Math.round(base.school_age_6_14);
  if (gap === 0) return "";
  const side = gap < 0 ? `少${formatValue(-gap, "人")}` : `多${formatValue(gap, "人")}`;
  return `按预测年份的推算方法,${base.year}年学龄人口为${formatValue(base.school_age_6_14_estimated, "人")},比实际数${side};${base.year}年与预测年份比较时,应以这个同口径的数为准。`;
}
