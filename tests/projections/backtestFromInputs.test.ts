import {beforeAll, describe, expect, test} from "vitest";
import {
  ageGroups, backtestFromInputs, intervalCoverage, registerInputs, syntheticRegister,
  type AccuracyRow, type Backtest, type IntervalKind, type Method, type RegisterInputs, type SizeClass
} from "../../loaders/projections/index.ts";
import {withRegister} from "./withRegister.ts";

const options = {villages: 12, firstYear: 2013, lastYear: 2023, seed: 0.7};
const classes: SizeClass[] = ["<500", "500-1999", "2000+", "all_villages", "TOWN"];
const partKinds: IntervalKind[] = ["sex", "age", "cell"];

/** The published prospective figures of a row, recomputed from the backtest's errors of totals and its quantiles known at each base year. */
function prospectiveOf(backtest: Backtest, row: AccuracyRow) {
  const errors = backtest.totalErrors(row.method, row.size_class).filter((e) => e.horizon === row.horizon);
  const bounds = errors.map((e) => backtest.quantiles(row.method, e.sizeClass, "total", undefined, {knownAt: e.baseYear}).find((q) => q.horizon === e.horizon));
  const scored = errors.filter((_, i) => bounds[i]);
  const q = bounds.filter((b) => b !== undefined);
  const share = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1000) / 1000);
  return {
    n: errors.length,
    n_prospective: scored.length,
    coverage_80_prospective: share(intervalCoverage(scored.map((e) => e.error), q.map((b) => b.q10), q.map((b) => b.q90))),
    coverage_95_prospective: share(intervalCoverage(scored.map((e) => e.error), q.map((b) => b.q025), q.map((b) => b.q975)))
  };
}

/** The inputs with every population of `year` (villages and town) scaled by `factor`: only the errors whose target year is `year` change. */
function withActualsScaled(inputs: RegisterInputs, year: number, factor: number): RegisterInputs {
  const copy = structuredClone(inputs);
  const y = copy.years.indexOf(year);
  for (const unit of [copy.town[y], ...copy.byVillage[y]]) {
    for (const sex of ["F", "M"] as const) unit.population[sex] = unit.population[sex].map((v) => v * factor);
  }
  return copy;
}

describe("backtestFromInputs: prospective (time-ordered) coverage", () => {
  let inputs: RegisterInputs;
  let backtest: Backtest;
  beforeAll(async () => {
    inputs = await registerInputs(await withRegister((c) => syntheticRegister(c, options)));
    backtest = backtestFromInputs(inputs);
  });

  test("backtestFromInputs(inputs) leaves unscored the forecasts whose only errors have later target years: a town forecast from the first base year", () => {
    // From the first base year no forecast has reached its target year yet: no interval, not scored.
    const first = backtest.baseYears[0];
    expect(backtest.quantiles("cohort_component", "TOWN", "total", undefined, {knownAt: first})).toEqual([]);
    for (const kind of partKinds) expect(backtest.quantiles("cohort_component", "TOWN", kind, 0, {knownAt: first}), kind).toEqual([]);
    // A year later, the one-year forecast from the first base year is known.
    const next = backtest.quantiles("cohort_component", "TOWN", "total", undefined, {knownAt: first + 1});
    expect(next.map((q) => [q.horizon, q.n])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1], [5, 1]]);
    const town = backtest.accuracy.filter((r) => r.method === "cohort_component" && r.size_class === "TOWN");
    expect(town.map((r) => r.horizon)).toEqual([1, 2, 3, 4, 5]);
    // The town has one forecast per base year and horizon: only the first base year's goes unscored.
    for (const r of town) expect(r.n - r.n_prospective, `h=${r.horizon}`).toBe(1);
  });

  test("backtestFromInputs(inputs) on two base years scores nothing prospectively at horizon 2, where the leave-one-base-year-out coverage still has a figure", async () => {
    const short = await registerInputs(await withRegister((c) => syntheticRegister(c, {...options, firstYear: 2013, lastYear: 2015})));
    const rows = backtestFromInputs(short).accuracy.filter((r) => r.method === "cohort_component" && r.size_class === "TOWN");
    const at = (h: number) => rows.find((r) => r.horizon === h)!;
    // Horizon 1: base years 2013 (unscored) and 2014 (its interval from the 2013 → 2014 error).
    expect([at(1).n, at(1).n_prospective]).toEqual([2, 1]);
    // Horizon 2: only 2013 → 2015, whose sole possible errors (from 2014) reach 2015, after 2013.
    expect([at(2).n, at(2).n_prospective]).toEqual([1, 0]);
    expect([at(2).coverage_80_prospective, at(2).coverage_95_prospective]).toEqual([null, null]);
    expect(at(2).coverage_80).not.toBeNull();
  });

  test("backtestFromInputs(inputs).accuracy gives, for every row, the coverage of intervals built only from errors with target year ≤ the base year", () => {
    const rows = backtest.accuracy;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const label = `${r.method} ${r.size_class} h=${r.horizon}`;
      const expected = prospectiveOf(backtest, r);
      expect(expected.n, label).toBe(r.n);
      expect({n_prospective: r.n_prospective, coverage_80_prospective: r.coverage_80_prospective, coverage_95_prospective: r.coverage_95_prospective}, label).toEqual({
        n_prospective: expected.n_prospective, coverage_80_prospective: expected.coverage_80_prospective, coverage_95_prospective: expected.coverage_95_prospective
      });
      expect(r.n_prospective, label).toBeLessThanOrEqual(r.n);
      if (r.coverage_80_prospective !== null) expect(r.coverage_80_prospective, label).toBeLessThanOrEqual(r.coverage_95_prospective!);
    }
  });

  test("backtestFromInputs(inputs) uses no error with a later target year: scaling the last year's actuals leaves every prospective interval and verdict of earlier targets unchanged", () => {
    const last = inputs.years.at(-1)!;
    const perturbed = backtestFromInputs(withActualsScaled(inputs, last, 1.3));
    const methods = [...new Set(backtest.accuracy.map((r) => r.method))] as Method[];
    let leaveOneOutChanged = 0;
    for (const method of methods) {
      for (const cls of classes) {
        for (const baseYear of backtest.baseYears) {
          const label = `${method} ${cls} ${baseYear}`;
          expect(perturbed.quantiles(method, cls, "total", undefined, {knownAt: baseYear}), label).toEqual(backtest.quantiles(method, cls, "total", undefined, {knownAt: baseYear}));
          // The leave-one-base-year-out intervals do see the later errors: the perturbation reaches them.
          if (JSON.stringify(perturbed.quantiles(method, cls, "total", undefined, {excludeBaseYear: baseYear})) !== JSON.stringify(backtest.quantiles(method, cls, "total", undefined, {excludeBaseYear: baseYear}))) leaveOneOutChanged += 1;
          for (const kind of partKinds) {
            for (const ageGroup of kind === "sex" ? [undefined] : ageGroups.map((_, g) => g)) {
              expect(perturbed.quantiles(method, cls, kind, ageGroup, {knownAt: baseYear}), `${label} ${kind} ${ageGroup}`).toEqual(backtest.quantiles(method, cls, kind, ageGroup, {knownAt: baseYear}));
            }
          }
        }
      }
    }
    expect(leaveOneOutChanged).toBeGreaterThan(0);
    // Published figures: each forecast is scored against the intervals known at its base year, before the perturbation.
    for (const r of perturbed.accuracy) {
      const errors = perturbed.totalErrors(r.method, r.size_class).filter((e) => e.horizon === r.horizon);
      const q = errors.map((e) => backtest.quantiles(r.method, e.sizeClass, "total", undefined, {knownAt: e.baseYear}).find((b) => b.horizon === e.horizon));
      const scored = errors.filter((_, i) => q[i]);
      const bounds = q.filter((b) => b !== undefined);
      const coverage = intervalCoverage(scored.map((e) => e.error), bounds.map((b) => b.q10), bounds.map((b) => b.q90));
      expect(r.coverage_80_prospective, `${r.method} ${r.size_class} h=${r.horizon}`).toBe(coverage === undefined ? null : Math.round(coverage * 1000) / 1000);
      expect(r.n_prospective).toBe(scored.length);
    }
  });

  test("backtestFromInputs(inputs) keeps the leave-one-base-year-out coverage as it was: each error's interval from the other base years' errors", () => {
    for (const r of backtest.accuracy.filter((r) => r.size_class === "TOWN" || r.size_class === "all_villages")) {
      const errors = backtest.totalErrors(r.method, r.size_class).filter((e) => e.horizon === r.horizon);
      const bounds = errors.map((e) => backtest.quantiles(r.method, e.sizeClass, "total", undefined, {excludeBaseYear: e.baseYear}).find((b) => b.horizon === e.horizon)!);
      const coverage = intervalCoverage(errors.map((e) => e.error), bounds.map((b) => b.q10), bounds.map((b) => b.q90))!;
      expect(r.coverage_80, `${r.method} ${r.size_class} h=${r.horizon}`).toBe(Math.round(coverage * 1000) / 1000);
    }
  });

  test("backtestFromInputs(inputs) is deterministic, prospective figures included", () => {
    expect(JSON.stringify(backtestFromInputs(inputs).accuracy)).toBe(JSON.stringify(backtest.accuracy));
  });
});
