import {linearRegression} from "simple-statistics";

/**
 * Exponential (constant growth rate) trend of a total population: least squares on (year, ln population)
 * (simple-statistics `linearRegression`), extrapolated as exp(b + m·year). Observations ≤ 0 are left out;
 * with fewer than two positive observations it returns the last value (no change). When the last observation is 0
 * (a village that has emptied) it returns 0: a constant growth rate cannot bring people back from none.
 * Smith, Tayman & Swanson (2013), *A Practitioner's Guide to State and Local Population Projections*, ch. 8 (EXPO).
 *
 * projectionExponentialTrend({years: [2019, 2020], values: [100, 110], targetYears: [2021]}) // [121]
 */
export function projectionExponentialTrend({years, values, targetYears}: {years: readonly number[]; values: readonly number[]; targetYears: readonly number[]}): number[] {
  if (values.length === 0) return [];
  if (!(values[values.length - 1] > 0)) return targetYears.map(() => 0);
  const points: [number, number][] = [];
  years.forEach((y, i) => {
    if (values[i] > 0) points.push([y, Math.log(values[i])]);
  });
  if (points.length < 2) return targetYears.map(() => values[values.length - 1]);
  const {m, b} = linearRegression(points);
  return targetYears.map((y) => Math.exp(m * y + b));
}
