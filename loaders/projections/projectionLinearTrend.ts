import {linearRegression} from "simple-statistics";

/**
 * Linear trend of a total population, fitted by ordinary least squares on (year, population)
 * (simple-statistics `linearRegression`) and extrapolated to `targetYears`; results below 0 are 0.
 * With a single observation it returns that value (no change); with none, an empty array.
 * Smith, Tayman & Swanson (2013), *A Practitioner's Guide to State and Local Population Projections*, ch. 8 (LINE).
 *
 * projectionLinearTrend({years: [2019, 2020], values: [100, 110], targetYears: [2021]}) // [120]
 */
export function projectionLinearTrend({years, values, targetYears}: {years: readonly number[]; values: readonly number[]; targetYears: readonly number[]}): number[] {
  if (values.length === 0) return [];
  if (values.length === 1) return targetYears.map(() => values[0]);
  const {m, b} = linearRegression(years.map((y, i) => [y, values[i]]));
  return targetYears.map((y) => Math.max(0, m * y + b));
}
