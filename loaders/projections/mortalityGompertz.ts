import {linearRegression} from "simple-statistics";

/** Defaults of {@link mortalityGompertz}. */
export const defaults = {
  /** Five-year groups used for the fit: 50–54 … 75–79 (indices 10…15), where deaths are plentiful. */
  fitFrom: 10,
  fitTo: 15,
  /** Step (years) of the numerical integration of the open group. */
  step: 0.05,
  /** Years integrated beyond the start of the open group. */
  span: 60
};

/**
 * Gompertz fit of five-year death rates, μ(x) = exp(α + β·x), by ordinary least squares on
 * ln nmx against the mid-age of each group (simple-statistics `linearRegression`), over the groups
 * `fitFrom`…`fitTo` that have a positive rate (Gompertz 1825; Preston et al. 2001, §9.4 on old-age
 * mortality; Thatcher, Kannisto & Vaupel 1998 compare it with the Kannisto logistic).
 * Returns undefined when fewer than three groups have a positive rate or the slope is not positive.
 * `rateAt(x0, n)` is the death rate of the closed group [x0, x0+n) (μ at mid-age);
 * `openRate(x0)` is the rate of the open group x0+ in a stationary population, 1 / e(x0),
 * with e(x0) integrated numerically.
 */
export function mortalityGompertz(nmx: readonly number[], {fitFrom = defaults.fitFrom, fitTo = defaults.fitTo} = {}):
  {alpha: number; beta: number; rateAt: (x0: number, n?: number) => number; openRate: (x0: number) => number} | undefined {
  const points: [number, number][] = [];
  for (let i = fitFrom; i <= fitTo && i < nmx.length; ++i) if (nmx[i] > 0) points.push([5 * i + 2.5, Math.log(nmx[i])]);
  if (points.length < 3) return undefined;
  const {m: beta, b: alpha} = linearRegression(points);
  if (!(beta > 0)) return undefined;
  const mu = (x: number) => Math.exp(alpha + beta * x);
  return {
    alpha,
    beta,
    rateAt: (x0, n = 5) => mu(x0 + n / 2),
    openRate: (x0) => {
      // e(x0) = ∫ exp(−∫μ) dt with the cumulative hazard in closed form: (μ(x0)/β)(e^{βt} − 1); trapezoid rule.
      const h = defaults.step;
      const m0 = mu(x0);
      let e = 0;
      let prev = 1;
      for (let t = h; t <= defaults.span; t += h) {
        const s = Math.exp(-(m0 / beta) * (Math.exp(beta * t) - 1));
        e += (h * (prev + s)) / 2;
        prev = s;
        if (s < 1e-12) break;
      }
      return 1 / e;
    }
  };
}
