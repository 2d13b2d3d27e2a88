import {beforeAll, describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {
  ageGroups, backtestFromInputs, partialTotals, predictionInterval, sizeClass, backtestRegister, baselines, methods, projectRegister, projectionAssumptions,
  projectionsAtBase, projectionsFromRegister, ratesAtBase, ratesDefaults, registerInputs, syntheticRegister,
  type Backtest, type RegisterInputs
} from "../../loaders/projections/index.ts";
import {tinyRegister, withRegister} from "./withRegister.ts";

const options = {villages: 12, firstYear: 2013, lastYear: 2023, seed: 0.7};
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);

describe("projections from a simulated register", () => {
  let db: DuckDBConnection;
  let inputs: RegisterInputs;
  let backtest: Backtest;
  beforeAll(async () => {
    db = await withRegister((c) => syntheticRegister(c, options));
    inputs = await registerInputs(db);
    backtest = backtestFromInputs(inputs);
  });

  test("ratesAtBase has the expected defaults", () => {
    expect(ratesDefaults).toEqual({mortalityYears: 5, fertilityYears: 3, srbYears: 5, migrationYears: 3, fertilityCredibility: 20, srbFallback: 1.05});
  });

  test("ratesAtBase(inputs, year) pools only years up to the base year", () => {
    const rates = ratesAtBase(inputs, 2016);
    expect(rates.pooled).toEqual({mortality: [2013, 2016], fertility: [2014, 2016], srb: [2013, 2016], migration: [2014, 2016]});
    expect(rates.town.tfr).toBeGreaterThan(0.8);
    expect(rates.town.tfr).toBeLessThan(3);
    expect(rates.town.e0.F).toBeGreaterThan(rates.town.e0.M);
    expect(() => ratesAtBase(inputs, 2030)).toThrow("ratesAtBase: 2030 is not a reported year");
  });

  test("projectionsAtBase(inputs, rates) makes the villages add up to the town, cell by cell, for every controlled method", () => {
    const rates = ratesAtBase(inputs, 2023);
    for (const scenario of ["medium", "zero_migration"] as const) {
      const p = projectionsAtBase(inputs, rates, scenario);
      const town = p.town.cohort_component!;
      for (const method of methods.filter((m) => !baselines.includes(m))) {
        const villages = p.villages[method]!;
        expect(villages, method).toHaveLength(inputs.villages.length);
        for (let h = 1; h <= 5; ++h) {
          for (let j = 0; j < 36; ++j) {
            const total = sum(villages.map((v) => v[h][j]));
            expect(Math.abs(total - town[h][j]), `${scenario} ${method} h=${h} cell ${j}`).toBeLessThan(1e-6 * Math.max(1, town[h][j]));
          }
        }
      }
    }
  });

  test("projectionsAtBase(inputs, rates, scenario) orders the fertility scenarios and keeps the base year", () => {
    const rates = ratesAtBase(inputs, 2023);
    const total = (scenario: "medium" | "low_fertility" | "high_fertility" | "zero_migration", h: number) => sum(projectionsAtBase(inputs, rates, scenario).town.cohort_component![h]);
    expect(total("low_fertility", 5)).toBeLessThan(total("medium", 5));
    expect(total("high_fertility", 5)).toBeGreaterThan(total("medium", 5));
    expect(total("zero_migration", 0)).toBe(total("medium", 0));
    const p = projectionsAtBase(inputs, rates, "high_fertility");
    expect(p.fertilityScale).toBeCloseTo((rates.town.tfr + 0.5) / rates.town.tfr, 12);
    // Births of the step land in 0–4: the high scenario adds children and nobody else.
    const medium = projectionsAtBase(inputs, rates, "medium").town.cohort_component![5];
    const high = p.town.cohort_component![5];
    expect(high[0]).toBeGreaterThan(medium[0]);
    expect(high.slice(1, 18)).toEqual(medium.slice(1, 18));
  });

  test("backtestFromInputs(inputs) compares every method and both baselines by horizon and size class", () => {
    const rows = backtest.accuracy;
    for (const method of methods) {
      expect(rows.some((r) => r.method === method && r.size_class === "all_villages"), method).toBe(true);
      // share of town is a village method only
      expect(rows.some((r) => r.method === method && r.size_class === "TOWN"), method).toBe(method !== "share_of_town");
    }
    expect(new Set(rows.map((r) => r.horizon))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const r of rows) {
      expect(r.n).toBeGreaterThan(0);
      expect(r.mape!).toBeGreaterThanOrEqual(0);
      expect(r.median_ape!).toBeLessThanOrEqual(r.mape! * 3 + 1e-9);
      expect(Math.abs(r.malpe!)).toBeLessThanOrEqual(r.mape! + 1e-9);
      if (r.coverage_80 !== null) expect(r.coverage_80 <= (r.coverage_95 ?? 1) + 1e-9).toBe(true);
    }
    expect(baselines).not.toContain(backtest.defaultMethod);
    expect(backtest.baseYears).toEqual(inputs.years.slice(0, -1));
  });

  test("backtestFromInputs(inputs) intervals cover about 80% and 95% of the villages' actual totals, leave-one-base-year-out", () => {
    const rows = backtest.accuracy.filter((r) => r.method === backtest.defaultMethod && r.size_class === "all_villages");
    const n = sum(rows.map((r) => r.n));
    const covered80 = sum(rows.map((r) => r.n * r.coverage_80!)) / n;
    const covered95 = sum(rows.map((r) => r.n * r.coverage_95!)) / n;
    expect(covered80).toBeGreaterThan(0.65);
    expect(covered80).toBeLessThan(0.92);
    expect(covered95).toBeGreaterThan(0.85);
  });

  test("a backtest base year sees nothing after it: its projections equal those from the register cut at the end of that year", async () => {
    const base = 2018;
    const cut = await withRegister(async (c) => {
      await syntheticRegister(c, options);
      // What the register would have held on the base year's last day: later spells unknown, later ends still open.
      await c.run(`DELETE FROM residence WHERE start_date > DATE '${base}-12-31'`);
      await c.run(`UPDATE residence SET end_date = NULL, end_reason = NULL WHERE end_date > DATE '${base}-12-31'`);
      await c.run(`UPDATE extract_meta SET extract_date = DATE '${base}-12-31'`);
    });
    const early = await registerInputs(cut);
    expect(early.years.at(-1)).toBe(base);
    for (const scenario of ["medium", "zero_migration"] as const) {
      const full = projectionsAtBase(inputs, ratesAtBase(inputs, base), scenario);
      const then = projectionsAtBase(early, ratesAtBase(early, base), scenario);
      expect(then.town).toEqual(full.town);
      expect(then.villages).toEqual(full.villages);
      expect(then.birthsPerYear).toEqual(full.birthsPerYear);
    }
  });

  test("backtestFromInputs(inputs, {horizon}) refuses a horizon it cannot record, naming it", () => {
    for (const horizon of [0, 2.5, 64]) {
      expect(() => backtestFromInputs(inputs, {horizon})).toThrow(`backtestFromInputs: horizon must be a whole number of years from 1 to 63, not ${horizon}`);
    }
  });

  test("backtestFromInputs(inputs).quantiles widen with the horizon", () => {
    for (const cls of ["TOWN", "all_villages"] as const) {
      for (const kind of ["total", "sex", "age", "cell"] as const) {
        const q = backtest.quantiles(backtest.defaultMethod, cls, kind);
        expect(q.map((r) => r.horizon)).toEqual([1, 2, 3, 4, 5]);
        for (let i = 1; i < q.length; ++i) {
          expect(q[i].q90 - q[i].q10).toBeGreaterThanOrEqual(q[i - 1].q90 - q[i - 1].q10);
          expect(q[i].q975 - q[i].q025).toBeGreaterThanOrEqual(q[i - 1].q975 - q[i - 1].q025);
        }
      }
    }
  });

  test("projectionsFromRegister(connection) publishes the town and every village with totals, intervals and all scenarios", async () => {
    const result = await projectionsFromRegister(db, {inputs, backtest});
    const rows = result.projections;
    expect(Object.keys(rows[0])).toEqual(["base_year", "year", "village_code", "scenario", "method", "sex", "age_group", "population", "lower_80", "upper_80", "lower_95", "upper_95"]);
    expect(result.baseYear).toBe(2023);
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(["medium", "low_fertility", "high_fertility", "zero_migration"]));
    expect(new Set(rows.map((r) => r.village_code))).toEqual(new Set(["TOWN", ...inputs.villages]));
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2023, 2024, 2025, 2026, 2027, 2028]));
    expect(rows.filter((r) => r.village_code !== "TOWN").every((r) => r.method === result.method)).toBe(true);
    expect(rows.filter((r) => r.village_code === "TOWN").every((r) => r.method === "cohort_component")).toBe(true);
    // 18 groups × 3 sexes + 3 sex totals, per unit, year and scenario
    expect(rows.length).toBe(4 * (inputs.villages.length + 1) * 6 * (18 * 3 + 3));
    for (const r of rows) {
      expect(r.lower_95! <= r.lower_80! && r.lower_80! <= r.population + 0.1 && r.population <= r.upper_80! + 0.1 && r.upper_80! <= r.upper_95!, JSON.stringify(r)).toBe(true);
      if (r.year === r.base_year) expect(r.upper_95).toBe(r.population);
    }
    const total = (code: string, scenario: string, year: number, sex = "all", age = "all") =>
      rows.find((r) => r.village_code === code && r.scenario === scenario && r.year === year && r.sex === sex && r.age_group === age)!.population;
    for (const scenario of ["medium", "zero_migration"]) {
      for (let year = 2023; year <= 2028; ++year) {
        const villages = sum(inputs.villages.map((v) => total(v, scenario, year)));
        expect(Math.abs(villages - total("TOWN", scenario, year))).toBeLessThanOrEqual(0.05 * (inputs.villages.length + 1));
        const bySex = total("TOWN", scenario, year, "M") + total("TOWN", scenario, year, "F");
        expect(Math.abs(bySex - total("TOWN", scenario, year))).toBeLessThanOrEqual(0.15);
        const byAge = sum(ageGroups.map((g) => total("TOWN", scenario, year, "all", g)));
        expect(Math.abs(byAge - total("TOWN", scenario, year))).toBeLessThanOrEqual(0.05 * 19);
      }
    }
    // The base year is the observed population.
    expect(total("TOWN", "medium", 2023)).toBe(sum(inputs.town[inputs.years.length - 1].population.F) + sum(inputs.town[inputs.years.length - 1].population.M));
    // Relative width of the town's interval grows with the horizon.
    const width = (year: number) => {
      const r = rows.find((x) => x.village_code === "TOWN" && x.scenario === "medium" && x.year === year && x.sex === "all" && x.age_group === "all")!;
      return (r.upper_80! - r.lower_80!) / r.population;
    };
    for (let year = 2025; year <= 2028; ++year) expect(width(year)).toBeGreaterThanOrEqual(width(year - 1) - 1e-4);
  });

  test("projectionsFromRegister(connection) gives sex totals and age-group totals the intervals of their own kind in the backtest, not those of cells", async () => {
    const {projections: rows, method} = await projectionsFromRegister(db, {inputs, backtest, scenarios: ["medium"]});
    const b = inputs.years.length - 1;
    const width = (q: {q10: number; q90: number}) => q.q90 - q.q10;
    for (const code of ["TOWN", inputs.villages[0]]) {
      const cls = code === "TOWN" ? "TOWN" : sizeClass(sum(inputs.byVillage[b][0].population.F) + sum(inputs.byVillage[b][0].population.M));
      const m = code === "TOWN" ? "cohort_component" : method;
      const [sexQ, cellQ] = (["sex", "cell"] as const).map((kind) => backtest.quantiles(m, cls, kind));
      // An age-group total takes the errors of age-group totals of its age band.
      const ageQ = backtest.quantiles(m, cls, "age", ageGroups.indexOf("20-24"));
      for (let h = 1; h <= 5; ++h) {
        // A sex total holds thousands of people, a cell a few dozen: its relative errors are smaller.
        expect(width(sexQ[h - 1]), `${code} h=${h}`).toBeLessThan(width(cellQ[h - 1]));
        for (const [sex, age, q] of [["F", "all", sexQ], ["M", "all", sexQ], ["all", "20-24", ageQ]] as const) {
          const row = rows.find((r) => r.village_code === code && r.year === inputs.years[b] + h && r.sex === sex && r.age_group === age)!;
          const expected = predictionInterval(row.population, q[h - 1]);
          // row.population is rounded to 0.1, which moves a bound by about 0.1 · e^q
          expect(Math.abs(row.lower_80! - expected.lower_80!), `${code} ${sex} ${age} h=${h}`).toBeLessThan(0.25);
          expect(Math.abs(row.upper_95! - expected.upper_95!), `${code} ${sex} ${age} h=${h}`).toBeLessThan(0.25);
        }
      }
    }
  });

  test("partialTotals(cells) gives the totals by sex and by age group of 36 sex × age cells", () => {
    const cells = Array.from({length: 36}, (_, j) => j + 1);
    const {sex, age} = partialTotals(cells);
    expect(sex).toEqual([sum(cells.slice(0, 18)), sum(cells.slice(18))]);
    expect(age).toEqual(Array.from({length: 18}, (_, i) => cells[i] + cells[18 + i]));
  });

  test("projectionsFromRegister(connection) gives births per year that add up over the villages and follow the fertility scenarios", async () => {
    const {births} = await projectionsFromRegister(db, {inputs, backtest});
    const of = (scenario: string) => births.filter((r) => r.scenario === scenario);
    for (const scenario of ["medium", "low_fertility", "high_fertility", "zero_migration"]) {
      const rows = of(scenario);
      expect(rows).toHaveLength(inputs.villages.length + 1);
      const town = rows.find((r) => r.village_code === "TOWN")!.births_per_year;
      expect(Math.abs(sum(rows.filter((r) => r.village_code !== "TOWN").map((r) => r.births_per_year)) - town)).toBeLessThanOrEqual(0.05 * inputs.villages.length);
    }
    const town = (scenario: string) => of(scenario).find((r) => r.village_code === "TOWN")!.births_per_year;
    expect(town("low_fertility")).toBeLessThan(town("medium"));
    expect(town("high_fertility")).toBeGreaterThan(town("medium"));
    // Recent births in the register are of the same order as the projected ones.
    const recent = inputs.town[inputs.years.length - 1].birthsBySex;
    expect(town("medium") / (recent.F + recent.M)).toBeGreaterThan(0.5);
    expect(town("medium") / (recent.F + recent.M)).toBeLessThan(2);
  });

  test("projectRegister(connection) is deterministic: same register, same rows", async () => {
    const again = await withRegister((c) => syntheticRegister(c, options));
    const [a, b] = [await projectRegister(db, {scenarios: ["medium"]}), await projectRegister(again, {scenarios: ["medium"]})];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test("backtestRegister(connection) returns the accuracy rows with their columns", async () => {
    const rows = await backtestRegister(db);
    expect(Object.keys(rows[0])).toEqual(["method", "horizon", "size_class", "n", "mape", "median_ape", "malpe", "coverage_80", "coverage_95", "coverage_80_prospective", "coverage_95_prospective", "n_prospective"]);
    expect(rows).toEqual(backtest.accuracy);
  });

  test("projectionAssumptions(connection) lists every assumption with zh-CN labels", async () => {
    const rows = await projectionAssumptions(db, {inputs, backtest});
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(value("base_year")).toBe(2023);
    expect(value("mortality_years")).toBe("2019—2023");
    expect(value("fertility_years")).toBe("2021—2023");
    expect(Number(value("tfr_medium")) - Number(value("tfr_low_fertility"))).toBeCloseTo(0.5, 9);
    expect(Number(value("e0_female"))).toBeGreaterThan(60);
    expect(Number(value("srb"))).toBeGreaterThan(90);
    expect(value("village_method_code")).toBe(backtest.defaultMethod);
    expect(rows.every((r) => /[\u4e00-\u9fff]/.test(r.label))).toBe(true);
  });
});

describe("projections from registers too short to backtest", () => {
  test("projectionsFromRegister(connection) returns empty results when no year is fully covered", async () => {
    const db = await withRegister((c) => c.run("INSERT INTO extract_meta VALUES (NULL, DATE '2024-03-01', DATE '2024-10-31')"));
    const result = await projectionsFromRegister(db);
    expect(result).toEqual({projections: [], births: [], accuracy: [], assumptions: [], method: "cohort_component", baseYear: undefined});
  });

  test("projectionsFromRegister(connection) with one reported year projects without intervals and defaults to cohort-component", async () => {
    const db = await withRegister((c) => syntheticRegister(c, {villages: 3, firstYear: 2023, lastYear: 2023}));
    const result = await projectionsFromRegister(db, {scenarios: ["medium"]});
    expect(result.accuracy).toEqual([]);
    expect(result.method).toBe("cohort_component");
    const later = result.projections.filter((r) => r.year > r.base_year);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.lower_80 === null && r.upper_95 === null)).toBe(true);
  });

  test("projectionsFromRegister(connection) on a seven-person register gives finite, non-negative numbers", async () => {
    const db = await withRegister(tinyRegister);
    const result = await projectionsFromRegister(db);
    expect(result.baseYear).toBe(2022);
    expect(result.projections.length).toBe(4 * 3 * 6 * 57);
    for (const r of result.projections) {
      for (const key of ["population", "lower_80", "upper_80", "lower_95", "upper_95"] as const) {
        const v = r[key];
        expect(v === null || (Number.isFinite(v) && v >= 0), `${key} ${JSON.stringify(r)}`).toBe(true);
      }
    }
    expect(result.accuracy.every((a) => a.n > 0)).toBe(true);
  });

  test("projectionsFromRegister(connection, {method}) falls back to cohort-component where Hamilton–Perry cannot run", async () => {
    const db = await withRegister(tinyRegister);
    const result = await projectionsFromRegister(db, {method: "hamilton_perry", scenarios: ["medium"]});
    const villages = result.projections.filter((r) => r.village_code !== "TOWN");
    expect(villages.length).toBe(2 * 6 * 57);
    expect(villages.every((r) => r.method === "cohort_component")).toBe(true);
  });
});
