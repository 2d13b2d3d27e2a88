/**
 * Proportional control (one-dimensional raking) of small-area projections to an independent total,
 * cell by cell (Smith, Tayman & Swanson 2013, ch. 9 "controlling"): parts[i][j] · total[j] / Σ_i parts[i][j].
 * A cell whose parts sum to zero while its total is positive is shared in proportion to each part's row
 * total (equally when every row total is zero). Results are doubles; no rounding.
 *
 * controlToTotal([[1, 2], [3, 2]], [8, 8]) // [[2, 4], [6, 4]]
 */
export function controlToTotal(parts: readonly (readonly number[])[], total: readonly number[]): number[][] {
  const m = parts.length;
  if (m === 0) return [];
  const k = total.length;
  for (const [i, row] of parts.entries()) {
    if (row.length !== k) throw new Error(`controlToTotal: part ${i} has ${row.length} cells, the total has ${k}`);
  }
  const rowTotals = parts.map((row) => row.reduce((a, b) => a + b, 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const out = parts.map(() => new Array<number>(k).fill(0));
  for (let j = 0; j < k; ++j) {
    let s = 0;
    for (let i = 0; i < m; ++i) s += parts[i][j];
    if (s > 0) {
      const f = total[j] / s;
      for (let i = 0; i < m; ++i) out[i][j] = parts[i][j] * f;
    } else {
      for (let i = 0; i < m; ++i) out[i][j] = total[j] * (grand > 0 ? rowTotals[i] / grand : 1 / m);
    }
  }
  return out;
}
