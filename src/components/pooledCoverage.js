/**
 * pooledCoverage(rows, {share, count}) pools the interval coverage of several rows of
 * projection_accuracy.csv (e.g. horizons 1–5): each row's share (column `share`) weighted by the
 * comparisons it rests on (column `count`). Returns {n, inside, share}: the comparisons, how many of
 * them fell inside (the share times n, a count up to the published rounding) and the pooled share;
 * null when no row has a share on at least one comparison.
 *
 * pooledCoverage([{coverage_80: 0.5, n: 10}, {coverage_80: 1, n: 10}], {share: "coverage_80", count: "n"})
 * // {n: 20, inside: 15, share: 0.75}
 */
export function pooledCoverage(rows, {share, count}) {
  const scored = (rows ?? []).filter((d) => d[share] != null && d[count] > 0);
  const n = scored.reduce((sum, d) => sum + d[count], 0);
  if (n === 0) return null;
  const inside = scored.reduce((sum, d) => sum + d[share] * d[count], 0);
  return {n, inside, share: inside / n};
}
