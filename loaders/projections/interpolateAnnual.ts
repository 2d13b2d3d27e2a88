/** Defaults of {@link interpolateAnnual}. */
export const defaults = {steps: 5};

/**
 * Annual values between two projections `steps` years apart by linear interpolation, cell by cell:
 * v(h) = start + (h/steps) · (end − start), h = 0 … steps (both ends included). The five-year
 * cohort-component and Hamilton–Perry steps publish years 1–4 this way.
 *
 * interpolateAnnual([0, 10], [5, 20]) // [[0, 10], [1, 12], [2, 14], [3, 16], [4, 18], [5, 20]]
 */
export function interpolateAnnual(start: readonly number[], end: readonly number[], steps = defaults.steps): number[][] {
  return Array.from({length: steps + 1}, (_, h) => start.map((s, j) => s + (h / steps) * (end[j] - s)));
}
