import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {coverageInTimeOrder} from "../../src/components/coverageInTimeOrder.js";

// Rows of projection_accuracy.csv: the coverage in time order of two horizons, for two size classes.
const accuracy = [
  {method: "hamilton_perry", horizon: 1, size_class: "500-1999", n: 12, mape: 2, coverage_80_prospective: 0.5, n_prospective: 10},
  {method: "hamilton_perry", horizon: 2, size_class: "500-1999", n: 10, mape: 3, coverage_80_prospective: 0.25, n_prospective: 8},
  {method: "hamilton_perry", horizon: 1, size_class: "all_villages", n: 30, mape: 2, coverage_80_prospective: 1, n_prospective: 20},
  {method: "linear_trend", horizon: 1, size_class: "500-1999", n: 12, mape: 4, coverage_80_prospective: 0, n_prospective: 10}
];

describe("coverageInTimeOrder", () => {
  test("coverageInTimeOrder(accuracy, {method, sizeClass}) pools the method's coverage in time order over the horizons of its size class, weighted by n_prospective", () => {
    expect(coverageInTimeOrder(accuracy, {method: "hamilton_perry", sizeClass: "500-1999"})).toEqual({n: 18, inside: 7, share: 7 / 18});
  });

  test("coverageInTimeOrder(accuracy, {method, sizeClass}) of a size class without rows for the method uses all_villages, as accuracySentence does", () => {
    expect(coverageInTimeOrder(accuracy, {method: "hamilton_perry", sizeClass: "2000+"})).toEqual({n: 20, inside: 20, share: 1});
  });

  test("coverageInTimeOrder(accuracy, {method, sizeClass}) is null for a method the backtest has no row of, or none", () => {
    expect(coverageInTimeOrder(accuracy, {method: "no_change", sizeClass: "500-1999"})).toBeNull();
    expect(coverageInTimeOrder(accuracy, {method: undefined, sizeClass: "all_villages"})).toBeNull();
  });
});
