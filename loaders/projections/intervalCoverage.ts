/**
 * Share (0–1) of actual values inside their prediction interval [lower, upper], bounds included.
 * Triples with a non-finite value are left out; returns undefined when none is left.
 * A calibrated 80% interval has a coverage near 0.8 (Gneiting & Raftery 2007, "Strictly proper scoring
 * rules, prediction, and estimation", JASA 102).
 *
 * intervalCoverage([1, 5], [0, 0], [2, 2]) // 0.5
 */
export function intervalCoverage(actual: readonly number[], lower: readonly number[], upper: readonly number[]): number | undefined {
  let n = 0;
  let inside = 0;
  for (let i = 0; i < actual.length; ++i) {
    const a = actual[i];
    const l = lower[i];
    const u = upper[i];
    if (!Number.isFinite(a) || !Number.isFinite(l) || !Number.isFinite(u)) continue;
    n += 1;
    if (a >= l && a <= u) inside += 1;
  }
  return n ? inside / n : undefined;
}
