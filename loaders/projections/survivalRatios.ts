/** Defaults of {@link survivalRatios}. */
export const defaults = {
  /** l0 of the life table that produced nLx. */
  radix: 100000,
  /** Width of the age groups and of the projection step, in years. */
  width: 5
};

/**
 * Five-year survival ratios of a projection from the nLx of a life table in groups of `width` years whose
 * last group is open (Preston, Heuveline & Guillot 2001, §6.2 and Box 6.2):
 * - `birth` = L(0) / (width · l0): births of the period alive in the first group at the end;
 * - `ratios[i]` = L(i+1) / L(i) for i = 0 … k−3: from group i to group i+1;
 * - `ratios[k−2]` = L(open) / (L(k−2) + L(open)) = T(85)/T(80): the last closed group and the open group
 *   both move into the open group.
 * A ratio with a zero denominator is 0.
 *
 * survivalRatios(nLx) // {birth, ratios} with ratios.length === nLx.length − 1
 */
export function survivalRatios(nLx: readonly number[], {radix = defaults.radix, width = defaults.width} = {}): {birth: number; ratios: number[]} {
  const k = nLx.length;
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);
  const ratios = new Array<number>(k - 1);
  for (let i = 0; i < k - 2; ++i) ratios[i] = div(nLx[i + 1], nLx[i]);
  ratios[k - 2] = div(nLx[k - 1], nLx[k - 2] + nLx[k - 1]);
  return {birth: div(nLx[0], width * radix), ratios};
}
