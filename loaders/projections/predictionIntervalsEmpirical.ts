import {linearRegression, mean, quantile} from "simple-statistics";

/** Defaults of {@link predictionIntervalsEmpirical}. */
export const defaults = {
  horizons: [1, 2, 3, 4, 5] as readonly number[],
  /** Fewest errors at one horizon for its own empirical quantiles; below it the horizons are pooled. */
  minCount: 20,
  /** Bounds of the exponent γ of the growth of errors with the horizon (h^γ) used when pooling; 0.5 = random walk, 1 = constant drift. */
  minExponent: 0.5,
  maxExponent: 1.5
};

export interface LogErrorQuantiles {
  horizon: number;
  /** Errors behind the quantiles (all horizons when pooled). */
  n: number;
  /** True when the horizons were pooled on the scale e / h^γ. */
  pooled: boolean;
  /** γ of the pooling (growth of errors with the horizon); 0.5 when there was nothing to fit it on. */
  exponent: number;
  /** Quantiles 2.5%, 10%, 90%, 97.5% of the log errors ln((actual+1)/(forecast+1)). */
  q025: number;
  q10: number;
  q90: number;
  q975: number;
}

/**
 * Empirical prediction intervals from past forecast errors (Williams & Goodman 1971, "A simple method
 * for the construction of empirical confidence limits for economic forecasts", JASA 66; applied to
 * small-area population projections by Tayman, Smith & Lin 2007, "Precision, bias, and uncertainty for
 * state population forecasts", Population Research and Policy Review 26).
 * For each horizon h the 2.5%, 10%, 90% and 97.5% quantiles (simple-statistics `quantile`) of the
 * backtest log errors e = ln((actual+1)/(forecast+1)) at that horizon. A horizon with fewer than `minCount`
 * errors uses all horizons pooled after scaling each error to one year, e/h^γ, and scaled back by h^γ.
 * γ is the slope of ln(mean |e|) on ln h over the horizons that have errors, kept within 0.5 (errors of a
 * random walk grow with √h) and 1.5; errors of small-area projections usually grow about linearly (γ ≈ 1)
 * because a wrong trend accumulates (Smith, Tayman & Swanson 2013, ch. 13). Each interval is widened where needed to contain the forecast
 * itself (q10 ≤ 0 ≤ q90), so that a biased history never puts the projection outside its own band, and the
 * quantiles are made monotone so that intervals never narrow as the horizon grows. Horizons without any
 * error are left out of the result.
 * The interval of a forecast f is [(f+1)·e^{q_lo} − 1, (f+1)·e^{q_hi} − 1], floored at 0 ({@link predictionInterval}).
 */
export function predictionIntervalsEmpirical(errors: readonly {horizon: number; error: number}[], {horizons = defaults.horizons, minCount = defaults.minCount, minExponent = defaults.minExponent, maxExponent = defaults.maxExponent} = {}): LogErrorQuantiles[] {
  const finite = errors.filter((e) => Number.isFinite(e.error) && e.horizon > 0);
  const growth: [number, number][] = [];
  for (const h of new Set(finite.map((e) => e.horizon))) {
    const size = mean(finite.filter((e) => e.horizon === h).map((e) => Math.abs(e.error)));
    if (size > 0) growth.push([Math.log(h), Math.log(size)]);
  }
  const exponent = growth.length >= 2 ? Math.min(maxExponent, Math.max(minExponent, linearRegression(growth).m)) : minExponent;
  const scaled = finite.map((e) => e.error / e.horizon ** exponent);
  const out: LogErrorQuantiles[] = [];
  let previous: LogErrorQuantiles | undefined;
  for (const h of horizons) {
    const own = finite.filter((e) => e.horizon === h).map((e) => e.error);
    let row: LogErrorQuantiles;
    if (own.length >= minCount || (own.length > 0 && own.length === scaled.length)) {
      row = {horizon: h, n: own.length, pooled: false, exponent, ...quantiles(own, 1)};
    } else if (scaled.length > 0) {
      row = {horizon: h, n: scaled.length, pooled: true, exponent, ...quantiles(scaled, h ** exponent)};
    } else {
      continue;
    }
    if (previous) {
      row.q025 = Math.min(row.q025, previous.q025);
      row.q10 = Math.min(row.q10, previous.q10);
      row.q90 = Math.max(row.q90, previous.q90);
      row.q975 = Math.max(row.q975, previous.q975);
    }
    row.q10 = Math.min(row.q10, 0);
    row.q90 = Math.max(row.q90, 0);
    row.q025 = Math.min(row.q025, row.q10);
    row.q975 = Math.max(row.q975, row.q90);
    out.push(row);
    previous = row;
  }
  return out;
}

function quantiles(sample: number[], scale: number) {
  const [q025, q10, q90, q975] = quantile(sample, [0.025, 0.1, 0.9, 0.975]) as number[];
  return {q025: q025 * scale, q10: q10 * scale, q90: q90 * scale, q975: q975 * scale};
}
