import {beforeAll, describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {
  ageGroups, backtestFromInputs, coverageByAge, errorAgeBand, intervalCoverage, predictionIntervalsAgeBand, projectionsFromRegister, registerInputs,
  type Backtest, type RegisterInputs
} from "../../loaders/projections/index.ts";
import {discoverExtract} from "../../loaders/read/discoverExtract.ts";
import {openDatabase} from "../../loaders/store/openDatabase.ts";
import {validateExtract} from "../../loaders/validate/validateExtract.ts";
const bandOf = (ageGroup: string) => errorAgeBand(ageGroups.indexOf(ageGroup as (typeof ageGroups)[number]));
/** Mean distance of the coverages from the nominal level, over bands. */
const miss = (rows: {coverage_80: number | null; coverage_95: number | null}[], level: 80 | 95) =>
  rows.reduce((s, r) => s + Math.abs((level === 80 ? r.coverage_80! : r.coverage_95!) - level / 100), 0) / rows.length;

// The bundled sample: its births and young families' moves vary from year to year as a real town's do, so its
// errors at 0–4 are far wider than in middle age (the simulated register of projectRegister.test.ts keeps
// fertility constant, and its 0–4 errors are ordinary).
describe("prediction intervals by age band on data/sample", () => {
  let db: DuckDBConnection;
  let inputs: RegisterInputs;
  let banded: Backtest;
  let pooled: Backtest;
  beforeAll(async () => {
    db = (await openDatabase()).connection;
    await validateExtract(db, await discoverExtract("data/sample"));
    inputs = await registerInputs(db);
    banded = backtestFromInputs(inputs);
    pooled = backtestFromInputs(inputs, {ageBands: [0]});
  });

  test("projectionsFromRegister(connection) gives the 0–4 cells and age-group total wider intervals, relatively, than the 35–64 ones", async () => {
    const {projections} = await projectionsFromRegister(db, {inputs, backtest: banded, scenarios: ["medium"]});
    // ln((upper + 1) / (lower + 1)) is the width on the scale the errors are measured on (log errors), the same for
    // every number of a band and kind; rows whose lower bound is floored at 0 are left out. Five years on, every
    // child aged 0–4 was born during the projection (one year on, four in five were already there).
    const logWidth = (r: (typeof projections)[number]) => Math.log((r.upper_80! + 1) / (r.lower_80! + 1));
    const year = inputs.years.at(-1)! + 5;
    let compared = 0;
    for (const code of ["TOWN", ...inputs.villages]) {
      for (const sexes of [["M", "F"], ["all"]]) {
        const rows = projections.filter((r) => r.village_code === code && r.year === year && sexes.includes(r.sex) && r.age_group !== "all" && r.lower_80! > 0);
        const young = rows.filter((r) => bandOf(r.age_group) === "0-4").map(logWidth);
        const middle = rows.filter((r) => bandOf(r.age_group) === "35-64").map(logWidth);
        if (!young.length || !middle.length) continue;
        expect(Math.min(...young), `${code} ${sexes}`).toBeGreaterThan(Math.max(...middle));
        compared += 1;
      }
    }
    expect(compared).toBe(2 * (inputs.villages.length + 1));
  });

  test("coverageByAge(backtest, …) reports, by band and age group, the leave-one-base-year-out coverage of every backtest error", () => {
    const method = "cohort_component";
    for (const kind of ["cell", "age"] as const) {
      const errors = banded.partErrors(method, "TOWN", kind);
      const {byAgeGroup, byBand} = coverageByAge(banded, method, "TOWN", kind);
      expect(byAgeGroup.map((r) => r.age)).toEqual([...ageGroups]);
      expect(byBand.map((r) => r.age)).toEqual(["0-4", "5-14", "15-34", "35-64", "65-79", "80+"]);
      for (const r of byAgeGroup) expect(r.n, r.age).toBe(errors.filter((e) => ageGroups[e.ageGroup] === r.age).length);
      for (const r of byBand) {
        // Recomputed here from the errors alone: the interval of an error of base year B comes from the other base years' errors.
        const own = errors.filter((e) => errorAgeBand(e.ageGroup) === r.age);
        const bounds = own.map((e) => predictionIntervalsAgeBand(errors.filter((o) => o.baseYear !== e.baseYear), e.ageGroup).find((q) => q.horizon === e.horizon)!);
        expect(r.n, `${kind} ${r.age}`).toBe(own.length);
        expect(r.coverage_80, `${kind} ${r.age}`).toBe(intervalCoverage(own.map((e) => e.error), bounds.map((q) => q.q10), bounds.map((q) => q.q90)));
        expect(r.coverage_95, `${kind} ${r.age}`).toBe(intervalCoverage(own.map((e) => e.error), bounds.map((q) => q.q025), bounds.map((q) => q.q975)));
        expect(r.coverage_80!).toBeLessThanOrEqual(r.coverage_95!);
      }
    }
  });

  test("coverageByAge(backtest, …, {prospective: true}) builds each error's interval only from errors whose target year is at most its base year, by the same band rule", () => {
    const method = "cohort_component";
    for (const kind of ["cell", "age"] as const) {
      const errors = banded.partErrors(method, "TOWN", kind);
      const {byBand} = coverageByAge(banded, method, "TOWN", kind, {prospective: true});
      const first = Math.min(...errors.map((e) => e.baseYear));
      for (const r of byBand) {
        const own = errors.filter((e) => errorAgeBand(e.ageGroup) === r.age);
        // Recomputed from the errors alone; the first base year knows no error yet and is not scored.
        const known = own.filter((e) => e.baseYear > first);
        const bounds = known.map((e) => predictionIntervalsAgeBand(errors.filter((o) => o.baseYear + o.horizon <= e.baseYear), e.ageGroup).find((q) => q.horizon === e.horizon)!);
        expect([r.n, r.unscored], `${kind} ${r.age}`).toEqual([known.length, own.length - known.length]);
        expect(r.unscored, `${kind} ${r.age}`).toBeGreaterThan(0);
        expect(r.coverage_80, `${kind} ${r.age}`).toBe(intervalCoverage(known.map((e) => e.error), bounds.map((q) => q.q10), bounds.map((q) => q.q90)));
        expect(r.coverage_95, `${kind} ${r.age}`).toBe(intervalCoverage(known.map((e) => e.error), bounds.map((q) => q.q025), bounds.map((q) => q.q975)));
      }
      // Leave-one-base-year-out scores every error when there are two base years or more.
      expect(coverageByAge(banded, method, "TOWN", kind).byBand.every((r) => r.unscored === 0)).toBe(true);
    }
  });

  test("backtestFromInputs(inputs) by age band brings the coverage of every band of cells and age-group totals closer to nominal than pooling all ages", () => {
    for (const [method, cls] of [[banded.defaultMethod, "all_villages"], ["cohort_component", "TOWN"]] as const) {
      for (const kind of ["cell", "age"] as const) {
        const before = coverageByAge(pooled, method, cls, kind).byBand;
        const after = coverageByAge(banded, method, cls, kind).byBand;
        expect(after.map((r) => r.n)).toEqual(before.map((r) => r.n));
        const label = `${method} ${cls} ${kind}`;
        expect(miss(after, 80), label).toBeLessThan(miss(before, 80));
        expect(miss(after, 95), label).toBeLessThan(miss(before, 95));
        // Pooled over all ages, the youngest band's intervals are too narrow; its own errors widen them.
        expect(after[0].coverage_80!, label).toBeGreaterThan(before[0].coverage_80!);
      }
    }
  });

  test("backtestFromInputs(inputs, {ageBands: [0]}) pools all ages: every age group gets the quantiles of all ages", () => {
    for (const kind of ["cell", "age"] as const) {
      const all = pooled.quantiles("cohort_component", "TOWN", kind);
      for (let g = 0; g < ageGroups.length; ++g) expect(pooled.quantiles("cohort_component", "TOWN", kind, g)).toEqual(all);
      expect(banded.quantiles("cohort_component", "TOWN", kind, 0)).not.toEqual(all);
    }
  });
});
