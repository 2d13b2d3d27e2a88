import type {DuckDBConnection} from "@duckdb/node-api";
import {ageGroups, type AgeGroup} from "./ageGroups.ts";
import {backtestFromInputs, type AccuracyRow, type Backtest, type IntervalKind} from "./backtestFromInputs.ts";
import {predictionInterval} from "./predictionInterval.ts";
import type {LogErrorQuantiles} from "./predictionIntervalsEmpirical.ts";
import {projectionsAtBase, scenarios as allScenarios, type Method, type Scenario} from "./projectionsAtBase.ts";
import {projectionAssumptionsFromRates, type AssumptionRow} from "./projectionAssumptionsFromRates.ts";
import {ratesAtBase, type RatesOptions} from "./ratesAtBase.ts";
import {registerInputs, type RegisterInputs} from "./registerInputs.ts";
import {sizeClass, type SizeClass} from "./sizeClass.ts";

/** One row of the published projection (projections.csv). */
export interface ProjectionRow {
  base_year: number;
  year: number;
  /** Village code, or 'TOWN' for the whole town. */
  village_code: string;
  scenario: Scenario;
  method: Method;
  sex: "M" | "F" | "all";
  age_group: AgeGroup | "all";
  /** Projected population at 31 December of `year` (observed in the base year), rounded to 0.1. */
  population: number;
  lower_80: number | null;
  upper_80: number | null;
  lower_95: number | null;
  upper_95: number | null;
}

/** Births per year expected over the projection (cohort-component step; villages scaled to add up to the town). */
export interface BirthsProjectionRow {
  base_year: number;
  village_code: string;
  scenario: Scenario;
  /** Mean births per year over the five projected years, rounded to 0.1. */
  births_per_year: number;
}

export interface ProjectionOptions {
  /** Scenarios to publish; default all four. */
  scenarios?: readonly Scenario[];
  /** Village method to publish instead of the one the backtest supports. */
  method?: Method;
  /** Pooling of the rates (see `ratesAtBase` defaults). */
  rates?: RatesOptions;
  /** Inputs already read with `registerInputs`, to avoid reading the register twice. */
  inputs?: RegisterInputs;
  /** A backtest already run on the same inputs. */
  backtest?: Backtest;
}

export interface Projections {
  projections: ProjectionRow[];
  births: BirthsProjectionRow[];
  accuracy: AccuracyRow[];
  assumptions: AssumptionRow[];
  /** The village method published (chosen by the backtest unless `options.method`). */
  method: Method;
  baseYear: number | undefined;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const roundOrNull = (x: number | null) => (x === null ? null : round1(x));

/**
 * The whole projection product from the validated register: reads the inputs once, backtests every method,
 * projects the town (cohort-component) and every village (the method with the lowest backtest MAPE,
 * controlled to the town) from the last reported year for every scenario, and attaches prediction intervals
 * from the backtest errors of the same method, size class and horizon. The base year itself is included as
 * horizon 0 (observed; its bounds equal the population). Each number takes the intervals of its own kind
 * in the backtest: unit totals (sex 'all', age 'all') those of totals, sex totals those of sex totals,
 * age-group totals (sex 'all') those of age-group totals, and sex × age cells those of cells; cells and age-group
 * totals take those of their broad age band (errorAgeBand.ts, via `backtest.quantiles`). Intervals of the
 * fertility and migration scenarios are those of the medium one.
 * Returns empty results when the register has no reported year.
 */
export async function projectionsFromRegister(connection: DuckDBConnection, options: ProjectionOptions = {}): Promise<Projections> {
  const inputs = options.inputs ?? (await registerInputs(connection));
  const baseYear = inputs.years[inputs.years.length - 1];
  if (baseYear === undefined) return {projections: [], births: [], accuracy: [], assumptions: [], method: options.method ?? "cohort_component", baseYear};
  const backtest = options.backtest ?? backtestFromInputs(inputs, {rates: options.rates});
  const method = options.method ?? backtest.defaultMethod;
  const rates = ratesAtBase(inputs, baseYear, options.rates);
  const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);
  const b = inputs.years.length - 1;
  const units: {code: string; cls: SizeClass; method: Method; index: number}[] = [
    {code: "TOWN", cls: "TOWN", method: "cohort_component", index: -1},
    ...inputs.villages.map((code, index) => ({code, cls: sizeClass(sum(inputs.byVillage[b][index].population.F) + sum(inputs.byVillage[b][index].population.M)), method, index}))
  ];
  const quantiles = new Map<string, LogErrorQuantiles[]>();
  const q = (m: Method, cls: SizeClass, kind: IntervalKind, ageGroup: number | undefined, h: number) => {
    const key = `${m}|${cls}|${kind}|${ageGroup ?? ""}`;
    let list = quantiles.get(key);
    if (!list) quantiles.set(key, (list = backtest.quantiles(m, cls, kind, ageGroup)));
    return list.find((r) => r.horizon === h);
  };
  const rows: ProjectionRow[] = [];
  const births: BirthsProjectionRow[] = [];
  for (const scenario of options.scenarios ?? allScenarios) {
    const p = projectionsAtBase(inputs, rates, scenario);
    births.push({base_year: baseYear, village_code: "TOWN", scenario, births_per_year: round1(p.birthsPerYear.town)});
    inputs.villages.forEach((code, v) => births.push({base_year: baseYear, village_code: code, scenario, births_per_year: round1(p.birthsPerYear.villages[v])}));
    for (const planned of units) {
      // A method that cannot run from this base year (Hamilton–Perry without a population five years earlier) falls back to cohort-component.
      const unit = planned.index >= 0 && !p.villages[planned.method] ? {...planned, method: "cohort_component" as Method} : planned;
      const forecast = unit.index < 0 ? p.town[unit.method] : p.villages[unit.method]?.[unit.index];
      if (!forecast) continue;
      forecast.forEach((cells, h) => {
        const year = baseYear + h;
        const push = (sex: ProjectionRow["sex"], age_group: ProjectionRow["age_group"], value: number, kind: IntervalKind) => {
          const ageGroup = age_group === "all" ? undefined : ageGroups.indexOf(age_group);
          const bounds = h === 0 ? {lower_80: value, upper_80: value, lower_95: value, upper_95: value} : predictionInterval(value, q(unit.method, unit.cls, kind, ageGroup, h));
          rows.push({
            base_year: baseYear, year, village_code: unit.code, scenario, method: unit.method, sex, age_group,
            population: round1(value),
            lower_80: roundOrNull(bounds.lower_80), upper_80: roundOrNull(bounds.upper_80),
            lower_95: roundOrNull(bounds.lower_95), upper_95: roundOrNull(bounds.upper_95)
          });
        };
        for (const sex of ["M", "F"] as const) {
          const offset = sex === "F" ? 0 : 18;
          ageGroups.forEach((g, i) => push(sex, g, cells[offset + i], "cell"));
          push(sex, "all", sum(cells.slice(offset, offset + 18)), "sex");
        }
        ageGroups.forEach((g, i) => push("all", g, cells[i] + cells[18 + i], "age"));
        push("all", "all", sum(cells), "total");
      });
    }
  }
  return {
    projections: rows,
    births,
    accuracy: backtest.accuracy,
    assumptions: projectionAssumptionsFromRates(rates, {villageMethod: method, backtestBaseYears: backtest.baseYears}),
    method,
    baseYear
  };
}
