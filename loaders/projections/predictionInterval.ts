import type {LogErrorQuantiles} from "./predictionIntervalsEmpirical.ts";

/**
 * The 80% and 95% prediction interval of one forecast from quantiles of log errors
 * ({@link predictionIntervalsEmpirical}): bound = (forecast + 1) · exp(q) − 1, floored at 0.
 * Without quantiles every bound is null.
 *
 * predictionInterval(100, {q025: -0.2, q10: -0.1, q90: 0.1, q975: 0.2}).upper_80 // 101·e^0.1 − 1 ≈ 110.6
 */
export function predictionInterval(forecast: number, q: Pick<LogErrorQuantiles, "q025" | "q10" | "q90" | "q975"> | undefined): {
  lower_80: number | null;
  upper_80: number | null;
  lower_95: number | null;
  upper_95: number | null;
} {
  if (!q) return {lower_80: null, upper_80: null, lower_95: null, upper_95: null};
  const bound = (x: number) => Math.max(0, (forecast + 1) * Math.exp(x) - 1);
  return {lower_80: bound(q.q10), upper_80: bound(q.q90), lower_95: bound(q.q025), upper_95: bound(q.q975)};
}
