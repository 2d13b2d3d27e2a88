import {controlToTotal} from "./controlToTotal.ts";
import {interpolateAnnual} from "./interpolateAnnual.ts";
import {projectionCohortComponent, type BySex} from "./projectionCohortComponent.ts";
import {projectionExponentialTrend} from "./projectionExponentialTrend.ts";
import {defaults as hamiltonPerryDefaults, projectionHamiltonPerry} from "./projectionHamiltonPerry.ts";
import {projectionLinearTrend} from "./projectionLinearTrend.ts";
import {projectionShareOfTown} from "./projectionShareOfTown.ts";
import {rakeTwoWay} from "./rakeTwoWay.ts";
import type {BaseRates, UnitRates} from "./ratesAtBase.ts";
import type {RegisterInputs} from "./registerInputs.ts";

/** Scenarios, as in the UN World Population Prospects variants. */
export const scenarios = ["medium", "low_fertility", "high_fertility", "zero_migration"] as const;
export type Scenario = (typeof scenarios)[number];

/** Every method, simplest first (the order breaks ties when the default method is chosen). */
export const methods = ["no_change", "linear_trend", "exponential_trend", "share_of_town", "hamilton_perry", "cohort_component"] as const;
export type Method = (typeof methods)[number];

/** Baselines: reported without control to the town and never published as the default method. */
export const baselines: readonly Method[] = ["no_change", "linear_trend"];

/** Defaults of {@link projectionsAtBase}. */
export const defaults = {
  horizon: 5,
  /** Reported years (up to the base year) that the linear and exponential trends are fitted on. */
  trendYears: 5,
  /** Change of the total fertility rate in the low and high fertility scenarios (UN WPP: ± 0.5 child). */
  tfrShift: 0.5,
  /**
   * Credibility weight, in persons, of a village's Hamilton–Perry ratios: each cohort change ratio (and child–woman
   * ratio) is (village's arriving + c · town ratio) / (village's base + c), so a cohort of 1 person weighs 1/(1 + c)
   * and one of 100 weighs 100/(100 + c) ({@link projectionHamiltonPerry}).
   */
  hamiltonPerryCredibility: 10
};

/** Cells of a unit: 36 numbers, females 0–4 … 85+ then males 0–4 … 85+. Forecast: cells by horizon 0 … 5. */
export type Forecast = number[][];

export interface ProjectionsAtBase {
  baseYear: number;
  scenario: Scenario;
  /** Multiplier applied to every ASFR (and child–woman ratio) in the scenario. */
  fertilityScale: number;
  town: Partial<Record<Method, Forecast>>;
  /** villages[method][villageIndex]; a method missing here could not be run (e.g. Hamilton–Perry without a population five years earlier). */
  villages: Partial<Record<Method, Forecast[]>>;
  /**
   * Births per year (mean of the five-year step) by the cohort-component projection: the town's, and each
   * village's scaled so that the villages add up to the town.
   */
  birthsPerYear: {town: number; villages: number[]};
}

const flat = (p: BySex<readonly number[]>) => [...p.F, ...p.M];
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);

/**
 * Projections of the town and every village from one base year, for one scenario, by every method.
 * - Town: cohort-component (one five-year step, {@link projectionCohortComponent}, with the base-year rates),
 *   Hamilton–Perry, linear and exponential trends and no change. Trend totals take the age–sex structure of
 *   the town's cohort-component projection.
 * - Villages, controlled to the town's cohort-component projection of the same scenario:
 *   cohort-component with village fertility and net migration and town mortality, and Hamilton–Perry (each
 *   village ratio shrunk towards the town's by `hamiltonPerryCredibility`), are controlled cell by cell ({@link controlToTotal}); exponential trend and share of town are controlled on
 *   their totals, then raked ({@link rakeTwoWay}) between those totals and the town's sex × age cells, from the
 *   village's own cohort-component structure.
 * - Baselines (no change, linear trend) are left uncontrolled.
 * Years 1–4 of the five-year steps are linear interpolations ({@link interpolateAnnual}).
 * Scenarios: low/high fertility scale every ASFR by (TFR ∓ 0.5)/TFR of the town; zero migration drops net migration
 * (trend and Hamilton–Perry villages follow it only through the control).
 */
export function projectionsAtBase(inputs: RegisterInputs, rates: BaseRates, scenario: Scenario = "medium", {horizon = defaults.horizon, trendYears = defaults.trendYears, tfrShift = defaults.tfrShift, hamiltonPerryCredibility = defaults.hamiltonPerryCredibility} = {}): ProjectionsAtBase {
  const b = inputs.years.indexOf(rates.baseYear);
  if (b < 0) throw new Error(`projectionsAtBase: ${rates.baseYear} is not a reported year`);
  const tfr = rates.town.tfr;
  const fertilityScale = tfr > 0 && scenario === "low_fertility" ? Math.max(0, tfr - tfrShift) / tfr : tfr > 0 && scenario === "high_fertility" ? (tfr + tfrShift) / tfr : 1;
  const migration = scenario !== "zero_migration";
  const targetYears = Array.from({length: horizon}, (_, h) => rates.baseYear + h + 1);
  const trendFrom = Math.max(0, b - trendYears + 1);
  const trendX = inputs.years.slice(trendFrom, b + 1);
  const previous = inputs.years.indexOf(rates.baseYear - 5);

  const births: number[] = [];
  const cohortComponent = (population: BySex, r: UnitRates): Forecast => {
    const step = projectionCohortComponent({
      population,
      nLx: r.nLx,
      asfr: r.asfr.map((a) => a * fertilityScale),
      srb: r.srb,
      netMigrationRates: migration ? r.migrationRates : undefined
    });
    births.push(step.births.total / 5);
    return interpolateAnnual(flat(population), flat(step.population), horizon);
  };
  // A village with nobody five years before the base year has no cohort history: it takes the town's ratios as they are
  // (its growth from nothing was settlement, not cohort change), with its own child–woman ratios.
  const hamiltonPerry = (prev: BySex, current: BySex, reference?: {ccr: BySex; cwr: {F: number; M: number}}, hadPeople = true) => {
    const step = projectionHamiltonPerry({
      previous: prev, current, cwrScale: fertilityScale,
      fallbackRatios: reference?.ccr, fallbackCwr: reference?.cwr, credibility: reference && hadPeople ? hamiltonPerryCredibility : 0
    });
    return {forecast: interpolateAnnual(flat(current), flat(step.population), horizon), ccr: step.ccr};
  };
  const withTotals = (structure: Forecast, base: readonly number[], totals: readonly number[]): Forecast =>
    [[...base], ...totals.map((t, h) => {
      const cells = structure[h + 1];
      const s = sum(cells);
      return s > 0 ? cells.map((c) => (c * t) / s) : cells.map(() => t / cells.length);
    })];

  // Town
  const townBase = inputs.town[b].population;
  const townCells = flat(townBase);
  const townSeries = inputs.town.slice(trendFrom, b + 1).map((u) => sum(flat(u.population)));
  const town: ProjectionsAtBase["town"] = {};
  town.cohort_component = cohortComponent(townBase, rates.town);
  let townRatios: {ccr: BySex; cwr: {F: number; M: number}} | undefined;
  if (previous >= 0) {
    const hp = hamiltonPerry(inputs.town[previous].population, townBase);
    town.hamilton_perry = hp.forecast;
    // The town's child–woman ratios before the scenario's scale, as references for the villages', over the
    // women 15–49 that projectionHamiltonPerry counts.
    const women = sum(townBase.F.slice(hamiltonPerryDefaults.womenFrom, hamiltonPerryDefaults.womenTo + 1));
    townRatios = {ccr: hp.ccr, cwr: {F: women > 0 ? townBase.F[0] / women : 0, M: women > 0 ? townBase.M[0] / women : 0}};
  }
  const townCc = town.cohort_component;
  town.linear_trend = withTotals(townCc, townCells, projectionLinearTrend({years: trendX, values: townSeries, targetYears}));
  town.exponential_trend = withTotals(townCc, townCells, projectionExponentialTrend({years: trendX, values: townSeries, targetYears}));
  town.no_change = Array.from({length: horizon + 1}, () => [...townCells]);

  // Villages
  const n = inputs.villages.length;
  const villageBase = inputs.byVillage[b].map((u) => u.population);
  const villageCells = villageBase.map(flat);
  const villageSeries = inputs.villages.map((_, v) => inputs.byVillage.slice(trendFrom, b + 1).map((units) => sum(flat(units[v].population))));
  const townBirths = births[0];
  births.length = 0;
  const rawCc = villageBase.map((p, v) => cohortComponent(p, rates.villages[v]));
  const villageBirths = controlToTotal(births.map((x) => [x]), [townBirths]).map((r) => r[0]);
  const control = (raw: Forecast[]): Forecast[] => {
    const out = raw.map((f) => [f[0]]);
    for (let h = 1; h <= horizon; ++h) {
      const controlled = controlToTotal(raw.map((f) => f[h]), townCc[h]);
      for (let v = 0; v < n; ++v) out[v].push(controlled[v]);
    }
    return out;
  };
  const controlTotals = (totals: number[][]): Forecast[] => {
    // totals[v][h-1] → control to the town total, then rake to the town's cells from the village cohort-component structure.
    const out = villageCells.map((c) => [[...c]]);
    for (let h = 1; h <= horizon; ++h) {
      const rowTotals = controlToTotal(totals.map((t) => [t[h - 1]]), [sum(townCc[h])]).map((r) => r[0]);
      const raked = rakeTwoWay(rawCc.map((f) => f[h]), rowTotals, townCc[h]);
      for (let v = 0; v < n; ++v) out[v].push(raked[v]);
    }
    return out;
  };
  const villages: ProjectionsAtBase["villages"] = {};
  villages.cohort_component = control(rawCc);
  if (previous >= 0) {
    villages.hamilton_perry = control(inputs.byVillage[previous].map((u, v) => hamiltonPerry(u.population, villageBase[v], townRatios, sum(flat(u.population)) > 0).forecast));
  }
  villages.exponential_trend = controlTotals(villageSeries.map((values) => projectionExponentialTrend({years: trendX, values, targetYears})));
  villages.share_of_town = controlTotals(villageSeries.map((values) => projectionShareOfTown({villageValues: values, townValues: townSeries, townForecast: targetYears.map((_, h) => sum(townCc[h + 1]))})));
  villages.linear_trend = villageSeries.map((values, v) => withTotals(rawCc[v], villageCells[v], projectionLinearTrend({years: trendX, values, targetYears})));
  villages.no_change = villageCells.map((c) => Array.from({length: horizon + 1}, () => [...c]));
  return {baseYear: rates.baseYear, scenario, fertilityScale, town, villages, birthsPerYear: {town: townBirths, villages: villageBirths}};
}
