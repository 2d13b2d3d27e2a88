import {describe, expect, test} from "vitest";
import {projectionAssumptionsFromRates} from "../../loaders/projections/projectionAssumptionsFromRates.ts";
import type {BaseRates, UnitRates} from "../../loaders/projections/ratesAtBase.ts";

// Hand-made rates: the labels and values depend only on these fields.
const zeros = () => new Array<number>(18).fill(0);
const town: UnitRates = {
  nLx: {F: zeros(), M: zeros()},
  e0: {F: 82.66, M: 77.71},
  asfr: [0.01, 0.06, 0.07, 0.04, 0.01, 0.001, 0],
  tfr: 1.3169,
  srb: 1.0714,
  migrationRates: {F: zeros(), M: zeros()},
  netMigrantsPerYear: -138.33
};
const rates: BaseRates = {
  baseYear: 2025,
  pooled: {mortality: [2021, 2025], fertility: [2023, 2025], srb: [2021, 2025], migration: [2023, 2025]},
  town,
  villages: [],
  villageFertility: []
};
const rows = projectionAssumptionsFromRates(rates, {villageMethod: "hamilton_perry", backtestBaseYears: [2014, 2024]});
const row = (key: string) => rows.find((r) => r.key === key)!;

describe("projectionAssumptionsFromRates", () => {
  test("projectionAssumptionsFromRates(rates) gives the values of the rates, rounded for display", () => {
    expect(row("tfr_medium").value).toBe(1.32);
    expect(row("tfr_low_fertility").value).toBe(0.82);
    expect(row("srb").value).toBe(107.14);
    expect(row("e0_female").value).toBe(82.7);
    expect(row("net_migrants_per_year").value).toBe(-138);
    expect(row("migration_years").value).toBe("2023—2025");
  });

  test("projectionAssumptionsFromRates(rates) labels net_migrants_per_year as the pooled years' observed mean, not as the migrants the medium scenario applies", () => {
    // The projection applies net migration rates by sex and age to each group's population; the count it implies
    // is not this mean (on the sample −131 a year against −138), so the label must not present it as the scenario's.
    const {label} = row("net_migrants_per_year");
    expect(label).not.toContain("中方案");
    expect(label).toContain("汇总年份的实际数");
    expect(label).toContain("净迁移率推算");
  });

  test("projectionAssumptionsFromRates(rates) writes labels and values in the half-width punctuation and with the — of age bands, as the data dictionary and the pages do", () => {
    for (const r of rows) {
      for (const text of [r.label, String(r.value), r.unit]) {
        expect(text, r.key).not.toMatch(/[，；：（）]/);
        expect(text, r.key).not.toMatch(/\d[–-]\d+(岁|周岁)/);
      }
    }
  });
});
