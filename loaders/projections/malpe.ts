import {mean} from "simple-statistics";
import {percentErrors} from "./percentErrors.ts";

/**
 * Mean algebraic percentage error (bias), in percent: mean of (forecast − actual) / actual · 100;
 * positive when forecasts are too high (Smith, Tayman & Swanson 2013, ch. 13).
 * Returns undefined when no pair has a positive actual.
 *
 * malpe([100, 200], [110, 180]) // 0
 */
export function malpe(actual: readonly number[], forecast: readonly number[]): number | undefined {
  const e = percentErrors(actual, forecast);
  return e.length ? mean(e) : undefined;
}
