/**
 * Population aged [from, to] (completed years, both included) from the 18 five-year groups 0–4 … 85+,
 * assuming people are spread evenly over the years of each group (the open group 85+ counts only when
 * `to` ≥ 85, then in full). Use it for ranges that cut through a group, e.g. school age 6–14 =
 * 4/5 · (5–9) + (10–14). Shryock & Siegel (1976), *The Methods and Materials of Demography*, ch. 7, give
 * smoother splits (Sprague); for a few-year horizon the even split is within a few percent.
 *
 * populationInAgeRange([...groups], 6, 14) // 0.8·groups[1] + groups[2]
 */
export function populationInAgeRange(groups: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < groups.length; ++i) {
    const lo = 5 * i;
    if (i === groups.length - 1) {
      if (to >= lo) total += groups[i];
      continue;
    }
    const hi = lo + 4;
    const overlap = Math.min(hi, to) - Math.max(lo, from) + 1;
    if (overlap > 0) total += (groups[i] * overlap) / 5;
  }
  return total;
}
