/** Defaults of {@link rakeTwoWay}. */
export const defaults = {
  /** Most sweeps of row and column scaling. */
  iterations: 200,
  /** Stop when every column sum is within this relative distance of its target. */
  tolerance: 1e-10,
  /** Smallest seed cell, so that a cell that is empty in the seed can still receive people. */
  floor: 1e-9
};

/**
 * Two-way raking (iterative proportional fitting, Deming & Stephan 1940) of a seed matrix to row totals
 * (e.g. village totals of a trend method, already controlled to the town total) and column totals
 * (e.g. the town's sex × age projection). The row and column totals must have the same sum.
 * Rows whose total is 0 stay 0. Deterministic; results are doubles.
 *
 * rakeTwoWay([[1, 1], [1, 3]], [3, 5], [4, 4]) // rows sum to 3 and 5, columns to 4 and 4
 */
export function rakeTwoWay(seed: readonly (readonly number[])[], rowTotals: readonly number[], columnTotals: readonly number[], {iterations = defaults.iterations, tolerance = defaults.tolerance, floor = defaults.floor} = {}): number[][] {
  const m = seed.length;
  const k = columnTotals.length;
  const x = seed.map((row, i) => (rowTotals[i] > 0 ? row.map((v) => Math.max(v, floor)) : new Array<number>(k).fill(0)));
  const columnSums = new Array<number>(k);
  for (let it = 0; it < iterations; ++it) {
    for (let i = 0; i < m; ++i) {
      if (!(rowTotals[i] > 0)) continue;
      let s = 0;
      for (let j = 0; j < k; ++j) s += x[i][j];
      const f = rowTotals[i] / s;
      for (let j = 0; j < k; ++j) x[i][j] *= f;
    }
    columnSums.fill(0);
    for (let i = 0; i < m; ++i) for (let j = 0; j < k; ++j) columnSums[j] += x[i][j];
    let worst = 0;
    for (let j = 0; j < k; ++j) {
      const target = columnTotals[j];
      if (columnSums[j] > 0) {
        worst = Math.max(worst, Math.abs(columnSums[j] - target) / Math.max(target, 1));
        const f = target / columnSums[j];
        for (let i = 0; i < m; ++i) x[i][j] *= f;
      }
    }
    if (worst < tolerance) break;
  }
  return x;
}
