import {median} from "simple-statistics";
import {percentErrors} from "./percentErrors.ts";

/**
 * Median absolute percentage error, in percent (simple-statistics `median`); less sensitive than
 * {@link mape} to the few very large errors of tiny villages (Smith, Tayman & Swanson 2013, ch. 13).
 * Returns undefined when no pair has a positive actual.
 *
 * medianApe([100, 200, 100], [110, 180, 101]) // 10
 */
export function medianApe(actual: readonly number[], forecast: readonly number[]): number | undefined {
  const e = percentErrors(actual, forecast).map(Math.abs);
  return e.length ? median(e) : undefined;
}
