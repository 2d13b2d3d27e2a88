import {mean} from "simple-statistics";
import {percentErrors} from "./percentErrors.ts";

/**
 * Mean absolute percentage error, in percent: mean of |forecast − actual| / actual · 100
 * (Smith, Tayman & Swanson 2013, ch. 13). Pairs with a non-positive actual are left out;
 * returns undefined when no pair is left.
 *
 * mape([100, 200], [110, 180]) // 10
 */
export function mape(actual: readonly number[], forecast: readonly number[]): number | undefined {
  const e = percentErrors(actual, forecast).map(Math.abs);
  return e.length ? mean(e) : undefined;
}
