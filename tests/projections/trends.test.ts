import {describe, expect, test} from "vitest";
import {projectionExponentialTrend, projectionLinearTrend, projectionNoChange, projectionShareOfTown, shareOfTownDefaults} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";

const years = [2018, 2019, 2020, 2021];

describe("total-population trend methods", () => {
  test("projectionShareOfTown has the expected defaults", () => {
    expect(shareOfTownDefaults).toEqual({shareYears: 1});
  });

  test("projectionLinearTrend({years, values, targetYears}) extrapolates an exact line and floors at 0", () => {
    assertInDelta(projectionLinearTrend({years, values: [100, 110, 120, 130], targetYears: [2022, 2026]}), [140, 180], 1e-9);
    expect(projectionLinearTrend({years, values: [30, 20, 10, 0], targetYears: [2025]})).toEqual([0]);
    expect(projectionLinearTrend({years: [2021], values: [7], targetYears: [2022]})).toEqual([7]);
    expect(projectionLinearTrend({years: [], values: [], targetYears: [2022]})).toEqual([]);
  });

  test("projectionExponentialTrend({years, values, targetYears}) extrapolates a constant growth rate", () => {
    const values = years.map((_, i) => 100 * 1.1 ** i);
    assertInDelta(projectionExponentialTrend({years, values, targetYears: [2022, 2023]}), [100 * 1.1 ** 4, 100 * 1.1 ** 5], 1e-9);
    expect(projectionExponentialTrend({years, values: [0, 0, 0, 5], targetYears: [2022]})).toEqual([5]);
  });

  test("projectionExponentialTrend({years, values, targetYears}) gives 0 after the last people have left, however many were there before", () => {
    // A village of 15, 10, 5, then nobody: a growth rate fitted on its positive years would bring people back.
    const years = [2018, 2019, 2020, 2021, 2022];
    expect(projectionExponentialTrend({years, values: [15, 10, 5, 0, 0], targetYears: [2023, 2027]})).toEqual([0, 0]);
    expect(projectionExponentialTrend({years, values: [15, 10, 5, 0, 4], targetYears: [2023]})[0]).toBeGreaterThan(0);
  });

  test("projectionNoChange({values, targetYears}) repeats the last value", () => {
    expect(projectionNoChange({values: [3, 4], targetYears: [1, 2, 3]})).toEqual([4, 4, 4]);
    expect(projectionNoChange({values: [], targetYears: [1]})).toEqual([]);
  });

  test("projectionShareOfTown({villageValues, townValues, townForecast}) keeps the last share", () => {
    assertInDelta(projectionShareOfTown({villageValues: [40, 50], townValues: [900, 1000], townForecast: [1100, 1200]}), [55, 60], 1e-12);
    assertInDelta(projectionShareOfTown({villageValues: [40, 50], townValues: [900, 1000], townForecast: [1900], shareYears: 2}), [90], 1e-12);
    expect(projectionShareOfTown({villageValues: [1], townValues: [0], townForecast: [5]})).toEqual([0]);
  });
});
