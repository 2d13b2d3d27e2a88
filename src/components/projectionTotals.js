/**
 * projectionTotals(rows, {village_code, scenario}) are the projected totals of one area and
 * scenario by year: the pipeline's total rows (sex and age_group "all") with their intervals;
 * when it writes none, the sum over sex and age group, without intervals (intervals of age
 * groups do not add up to an interval of the total).
 */
export function projectionTotals(rows, {village_code, scenario}) {
  const own = rows.filter((d) => d.village_code === village_code && d.scenario === scenario);
  const totals = own.filter((d) => d.age_group === "all" && d.sex === "all");
  if (totals.length) return totals.slice().sort((a, b) => a.year - b.year);
  const byYear = new Map();
  for (const d of own.filter((d) => d.age_group !== "all" && d.sex !== "all")) byYear.set(d.year, (byYear.get(d.year) ?? 0) + d.population);
  return Array.from(byYear, ([year, population]) => ({year, population, lower_80: null, upper_80: null, lower_95: null, upper_95: null})).sort((a, b) => a.year - b.year);
}
