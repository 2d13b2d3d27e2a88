import {errorAgeBand} from "./errorAgeBand.ts";
import {intervalCoverage} from "./intervalCoverage.ts";
import {logError} from "./logError.ts";
import {malpe} from "./malpe.ts";
import {mape} from "./mape.ts";
import {medianApe} from "./medianApe.ts";
import {partialTotals} from "./partialTotals.ts";
import {predictionIntervalsAgeBand, defaults as ageBandDefaults} from "./predictionIntervalsAgeBand.ts";
import {predictionIntervalsEmpirical, type LogErrorQuantiles} from "./predictionIntervalsEmpirical.ts";
import {baselines, methods, projectionsAtBase, type Method} from "./projectionsAtBase.ts";
import {ratesAtBase, type RatesOptions} from "./ratesAtBase.ts";
import type {RegisterInputs} from "./registerInputs.ts";
import {sizeClass, type SizeClass} from "./sizeClass.ts";

/** Defaults of {@link backtestFromInputs}. */
export const defaults = {
  /** Years projected from each base year (1–63). */
  horizon: 5,
  /** Fewest total errors (all horizons) of a size class for its own intervals; below it all villages are pooled. */
  minClassErrors: 20,
  /** Broad age bands of the intervals of cells and age-group totals (first age of each; {@link errorAgeBand}); `[0]` pools all ages. */
  ageBands: ageBandDefaults.bands,
  /** Fewest errors (all horizons) of an age band, within the chosen size class, for its own intervals; below it all ages of that class are pooled. */
  minBandErrors: ageBandDefaults.minBandErrors
};

/** One row of projection_accuracy. */
export interface AccuracyRow {
  method: Method;
  /** Years between the base year and the projected year, 1–5. */
  horizon: number;
  size_class: SizeClass;
  /** Number of (base year, village) forecasts compared. */
  n: number;
  /** Mean absolute percentage error of the total population, %. */
  mape: number | null;
  median_ape: number | null;
  /** Mean algebraic percentage error (bias), %; positive = too high. */
  malpe: number | null;
  /**
   * Share of actual totals inside the 80% interval, leave-one-base-year-out: the interval of a forecast from base
   * year B uses the errors of every other base year, later ones included, which an office forecasting from B could
   * not have known (optimistic).
   */
  coverage_80: number | null;
  coverage_95: number | null;
  /**
   * Share of actual totals inside the 80% interval, prospectively (rolling origin, in time order): the interval of a
   * forecast from base year B uses only the errors of forecasts whose target year (base year + horizon) is at most B.
   * Null when no forecast of the row had such an error.
   */
  coverage_80_prospective: number | null;
  coverage_95_prospective: number | null;
  /** Forecasts scored prospectively (those with at least one earlier error); n − n_prospective had none and are left out. */
  n_prospective: number;
}

interface TotalError {
  method: Method;
  unit: number; // −1 for the town
  sizeClass: SizeClass;
  baseYear: number;
  horizon: number;
  actual: number;
  forecast: number;
}

/**
 * What a published number is, for its interval: a unit's total, its total of one sex, its total of one
 * age group (both sexes), or one sex × age cell. Each kind has its own backtest errors.
 */
export type IntervalKind = "total" | "sex" | "age" | "cell";

/**
 * Which backtest errors an interval may use: all of them (the default, as published), all but those of one base
 * year (`excludeBaseYear`: leave-one-base-year-out), and/or only those of forecasts whose target year (base year +
 * horizon) is at most `knownAt` (prospective: what an office forecasting from base year `knownAt` could have known;
 * Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16, on rolling origins).
 */
export interface ErrorWindow {
  excludeBaseYear?: number;
  knownAt?: number;
}

/** One backtest error of the total of a unit (village or town). */
export interface TotalErrorRow {
  /** Size class of the unit in the base year ('TOWN' for the town). */
  sizeClass: SizeClass;
  baseYear: number;
  horizon: number;
  /** ln((actual + 1) / (forecast + 1)). */
  error: number;
}

/** One backtest error of a part of a unit (sex total, age-group total or cell), for coverage checks. */
export interface PartError {
  /** Size class of the unit in the base year ('TOWN' for the town). */
  sizeClass: SizeClass;
  baseYear: number;
  horizon: number;
  /** Index into ageGroups (0 = 0–4 … 17 = 85+); −1 for a sex total. */
  ageGroup: number;
  /** ln((actual + 1) / (forecast + 1)). */
  error: number;
}

export interface Backtest {
  /** Base years that were backtested (each with at least one year of outcome). */
  baseYears: number[];
  accuracy: AccuracyRow[];
  /** Default village method: lowest MAPE over horizons 1–5 among non-baseline methods, on the forecasts all of them made; ties go to the simpler method. */
  defaultMethod: Method;
  /**
   * Log-error quantiles by horizon for the totals, sex totals, age-group totals or sex × age cells of a method
   * and size class ('TOWN' for the town). For cells and age-group totals, `ageGroup` (index into ageGroups)
   * picks the errors of its broad age band ({@link errorAgeBand}); without it all ages are pooled.
   * `window` restricts the errors used ({@link ErrorWindow}): leave one base year out, or only those known at a base year.
   * The size class and age band fall back (too few errors) on the errors left in the window.
   */
  quantiles: (method: Method, sizeClass: SizeClass, kind: IntervalKind, ageGroup?: number, window?: ErrorWindow) => LogErrorQuantiles[];
  /** Every backtest error of the totals of a method's units of a size class ('all_villages': every village, each with its own class). */
  totalErrors: (method: Method, sizeClass: SizeClass) => TotalErrorRow[];
  /** Every backtest error of the sex totals, age-group totals or cells of a method's units of a size class ('all_villages': every village, each with its own class). */
  partErrors: (method: Method, sizeClass: SizeClass, kind: Exclude<IntervalKind, "total">) => PartError[];
}

const round = (x: number | undefined, digits: number) => (x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);
const villageClasses: SizeClass[] = ["<500", "500-1999", "2000+"];

/**
 * Backtest of every method on the register's own history (Smith, Tayman & Swanson 2013, ch. 13): for each
 * reported base year with at least one later reported year, project with only the data up to that base
 * year (medium scenario) and compare with the population observed 1–5 years later.
 * Prediction intervals come from these errors ({@link predictionIntervalsEmpirical}) by method, size class
 * (of the base-year population), horizon and kind of number ({@link IntervalKind}: the errors of sex totals
 * set the intervals of sex totals, those of cells the intervals of cells). The coverage of the intervals of totals is
 * checked twice: leave-one-base-year-out (the interval for base year B uses the errors of every other base year, later
 * ones included: optimistic), and prospectively, in time order (rolling origin: the interval for base year B uses only
 * the errors of forecasts whose target year is at most B, those an office could have known then; Smith, Tayman &
 * Swanson 2013, ch. 13; Tashman 2000). A forecast without any such error (the first base years) is not scored.
 * Cells and age-group totals further take the errors of their broad age band ({@link errorAgeBand}, `ageBands`):
 * errors at 0–4 (births to come) are far wider than at 35–64. The size class is chosen first, on all ages
 * (below `minClassErrors` errors, all villages); within it a band with fewer than `minBandErrors` errors uses all
 * ages of that class ({@link predictionIntervalsAgeBand}). Horizons are then pooled within the chosen errors as
 * {@link predictionIntervalsEmpirical} does.
 * A village with nobody in a base year is not scored from that base year (its forecast is 0 by every method; a village
 * founded later would otherwise put errors of ln(people + 1) into the intervals of every small village).
 */
export function backtestFromInputs(inputs: RegisterInputs, {horizon = defaults.horizon, minClassErrors = defaults.minClassErrors, ageBands = defaults.ageBands, minBandErrors = defaults.minBandErrors, rates: rateOptions = {} as RatesOptions} = {}): Backtest {
  if (!(Number.isInteger(horizon) && horizon >= 1 && horizon <= maxHorizon)) throw new Error(`backtestFromInputs: horizon must be a whole number of years from 1 to ${maxHorizon}, not ${horizon}`);
  const last = inputs.years[inputs.years.length - 1];
  const baseYears = inputs.years.filter((y) => y < last);
  const totals: TotalError[] = [];
  // Errors of the parts of a unit (cells, sex totals, age-group totals) by `${method}|${unit}|${kind}`, in columns: unit
  // 'TOWN', or 'all_villages' for every village. A size class's errors are those of all_villages packed with its class, in
  // the same order (partColumns): kept once, not a second time under the class (the largest part of the backtest's time
  // and memory on a county).
  const cells = new Map<string, PartColumns>();
  const addErrors = (key: string, unitClass: SizeClass, baseYear: number, h: number, actual: readonly number[], forecast: readonly number[], ageOf: (j: number) => number) => {
    let c = cells.get(key);
    if (!c) cells.set(key, (c = {code: [], error: []}));
    for (let j = 0; j < actual.length; ++j) {
      c.code.push(packPart({sizeClass: unitClass, baseYear, horizon: h, ageGroup: ageOf(j)}));
      c.error.push(logError(actual[j], forecast[j]));
    }
  };
  // The errors of a (method, class, kind): TOWN and all_villages as kept, a village size class as the rows of all_villages
  // packed with it; undefined when there are none.
  const partColumns = (method: Method, cls: SizeClass, kind: IntervalKind): PartColumns | undefined => {
    if (cls === "TOWN") return cells.get(`${method}|TOWN|${kind}`);
    const all = cells.get(`${method}|all_villages|${kind}`);
    if (!all || cls === "all_villages") return all;
    const out: PartColumns = {code: [], error: []};
    for (let i = 0; i < all.code.length; ++i) {
      if (partClass(all.code[i]) !== cls) continue;
      out.code.push(all.code[i]);
      out.error.push(all.error[i]);
    }
    return out.code.length ? out : undefined;
  };
  const addCells = (key: string, unitClass: SizeClass, baseYear: number, h: number, actual: readonly number[], forecast: readonly number[]) => {
    const a = partialTotals(actual);
    const f = partialTotals(forecast);
    const groups = a.age.length;
    addErrors(`${key}|cell`, unitClass, baseYear, h, actual, forecast, (j) => j % groups);
    addErrors(`${key}|sex`, unitClass, baseYear, h, a.sex, f.sex, () => -1);
    addErrors(`${key}|age`, unitClass, baseYear, h, a.age, f.age, (j) => j);
  };
  for (const baseYear of baseYears) {
    const b = inputs.years.indexOf(baseYear);
    const projections = projectionsAtBase(inputs, ratesAtBase(inputs, baseYear, rateOptions), "medium", {horizon});
    const basePopulation = inputs.byVillage[b].map((u) => sum(u.population.F) + sum(u.population.M));
    const classes = basePopulation.map(sizeClass);
    for (let h = 1; h <= horizon && b + h < inputs.years.length; ++h) {
      const townActual = [...inputs.town[b + h].population.F, ...inputs.town[b + h].population.M];
      for (const method of methods) {
        const f = projections.town[method];
        if (f) {
          totals.push({method, unit: -1, sizeClass: "TOWN", baseYear, horizon: h, actual: sum(townActual), forecast: sum(f[h])});
          if (!baselines.includes(method)) addCells(`${method}|TOWN`, "TOWN", baseYear, h, townActual, f[h]);
        }
        const vf = projections.villages[method];
        if (!vf) continue;
        for (let v = 0; v < vf.length; ++v) {
          // Nobody lived there in the base year: every method projects 0, and people who come later found or
          // resettle the village, an event no projection from its past can see. Such a forecast is not scored.
          if (basePopulation[v] === 0) continue;
          const u = inputs.byVillage[b + h][v];
          const actual = [...u.population.F, ...u.population.M];
          totals.push({method, unit: v, sizeClass: classes[v], baseYear, horizon: h, actual: sum(actual), forecast: sum(vf[v][h])});
          if (baselines.includes(method)) continue;
          addCells(`${method}|all_villages`, classes[v], baseYear, h, actual, vf[v][h]);
        }
      }
    }
  }

  // Which errors set the interval of a (method, class): the class itself, or all villages when it has too few.
  const errorsOf = (method: Method, cls: SizeClass, window: ErrorWindow) => {
    const pick = (c: SizeClass) => totals.filter((e) => e.method === method && (c === "all_villages" ? e.unit >= 0 : e.sizeClass === c) && inWindow(window, e.baseYear, e.horizon));
    let chosen = pick(cls);
    if (cls !== "TOWN" && cls !== "all_villages" && chosen.length < minClassErrors) chosen = pick("all_villages");
    return chosen.map((e) => ({horizon: e.horizon, error: logError(e.actual, e.forecast)}));
  };
  const quantileCache = new Map<string, LogErrorQuantiles[]>();
  const quantilesOf = (method: Method, cls: SizeClass, window: ErrorWindow = {}) => {
    const key = `${method}|${cls}|${windowKey(window)}`;
    let q = quantileCache.get(key);
    if (!q) quantileCache.set(key, (q = predictionIntervalsEmpirical(errorsOf(method, cls, window), {horizons: range(horizon)})));
    return q;
  };

  // Which errors set the interval of a part (cell, sex total, age-group total) of a (method, class): the class
  // itself, or all villages when it has too few (counted on all ages); predictionIntervalsAgeBand then picks the age band.
  const partErrorsOf = (method: Method, cls: SizeClass, kind: IntervalKind, window: ErrorWindow) => {
    const kept = (c: PartColumns | undefined) => {
      const out: number[] = [];
      if (!c) return out;
      for (let i = 0; i < c.error.length; ++i) {
        const part = unpackPart(c.code[i]);
        if (inWindow(window, part.baseYear, part.horizon)) out.push(i);
      }
      return out;
    };
    let c = partColumns(method, cls, kind);
    let rows = kept(c);
    if (cls !== "TOWN" && rows.length < minClassErrors) {
      c = partColumns(method, "all_villages", kind);
      rows = kept(c);
    }
    if (!c) return [];
    const data = c;
    return rows.map((i) => {
      const {horizon, ageGroup} = unpackPart(data.code[i]);
      return {horizon, ageGroup, error: data.error[i]};
    });
  };
  const partErrorsCache = new Map<string, ReturnType<typeof partErrorsOf>>();
  const partQuantileCache = new Map<string, LogErrorQuantiles[]>();

  // Interval of every error, leave-one-base-year-out and prospectively (only the errors known at its base year);
  // NaN bounds when there is no error to build it from (not scored).
  const boundsOf = (e: TotalError, window: ErrorWindow) => {
    const q = quantilesOf(e.method, e.sizeClass, window).find((r) => r.horizon === e.horizon);
    return q ? {l80: q.q10, u80: q.q90, l95: q.q025, u95: q.q975} : {l80: NaN, u80: NaN, l95: NaN, u95: NaN};
  };
  const bounds = totals.map((e) => boundsOf(e, {excludeBaseYear: e.baseYear}));
  const prospective = totals.map((e) => boundsOf(e, {knownAt: e.baseYear}));

  const accuracy: AccuracyRow[] = [];
  for (const method of methods) {
    for (const cls of [...villageClasses, "all_villages", "TOWN"] as SizeClass[]) {
      for (let h = 1; h <= horizon; ++h) {
        const idx: number[] = [];
        totals.forEach((e, i) => {
          if (e.method === method && e.horizon === h && (cls === "all_villages" ? e.unit >= 0 : e.sizeClass === cls)) idx.push(i);
        });
        if (!idx.length) continue;
        const actual = idx.map((i) => totals[i].actual);
        const forecast = idx.map((i) => totals[i].forecast);
        const err = idx.map((i) => logError(totals[i].actual, totals[i].forecast));
        accuracy.push({
          method,
          horizon: h,
          size_class: cls,
          n: idx.length,
          mape: round(mape(actual, forecast), 2),
          median_ape: round(medianApe(actual, forecast), 2),
          malpe: round(malpe(actual, forecast), 2),
          coverage_80: round(intervalCoverage(err, idx.map((i) => bounds[i].l80), idx.map((i) => bounds[i].u80)), 3),
          coverage_95: round(intervalCoverage(err, idx.map((i) => bounds[i].l95), idx.map((i) => bounds[i].u95)), 3),
          coverage_80_prospective: round(intervalCoverage(err, idx.map((i) => prospective[i].l80), idx.map((i) => prospective[i].u80)), 3),
          coverage_95_prospective: round(intervalCoverage(err, idx.map((i) => prospective[i].l95), idx.map((i) => prospective[i].u95)), 3),
          n_prospective: idx.filter((i) => Number.isFinite(prospective[i].l80)).length
        });
      }
    }
  }

  return {
    baseYears,
    accuracy,
    defaultMethod: chooseDefault(totals),
    quantiles: (method, cls, kind, ageGroup, window = {}) => {
      if (kind === "total") return quantilesOf(method, cls, window);
      const group = kind === "sex" ? undefined : ageGroup;
      // Every age group of a band has the same quantiles: cache by band.
      const key = `${method}|${cls}|${kind}|${group === undefined ? "" : errorAgeBand(group, ageBands)}|${windowKey(window)}`;
      let q = partQuantileCache.get(key);
      if (!q) {
        // The errors of a (method, class, kind) are gathered once for all its bands.
        const errorsKey = `${method}|${cls}|${kind}|${windowKey(window)}`;
        let errors = partErrorsCache.get(errorsKey);
        if (!errors) partErrorsCache.set(errorsKey, (errors = partErrorsOf(method, cls, kind, window)));
        partQuantileCache.set(key, (q = predictionIntervalsAgeBand(errors, group, {bands: ageBands, minBandErrors, horizons: range(horizon)})));
      }
      return q;
    },
    totalErrors: (method, cls) =>
      totals
        .filter((e) => e.method === method && (cls === "all_villages" ? e.unit >= 0 : e.sizeClass === cls))
        .map((e) => ({sizeClass: e.sizeClass, baseYear: e.baseYear, horizon: e.horizon, error: logError(e.actual, e.forecast)})),
    partErrors: (method, cls, kind) => {
      const c = partColumns(method, cls, kind);
      if (!c) return [];
      return c.error.map((error, i) => ({...unpackPart(c.code[i]), error}));
    }
  };
}

interface PartColumns {
  /** packPart of each error's unit class, base year, horizon and age group. */
  code: number[];
  error: number[];
}

// A part error's size class, base year, horizon and age group packed in one small integer, so that the millions
// of errors of a county's backtest take two numbers each.
const partClasses: SizeClass[] = ["<500", "500-1999", "2000+", "TOWN"];
const maxHorizon = 63;

function packPart({sizeClass, baseYear, horizon, ageGroup}: Omit<PartError, "error">): number {
  return ((baseYear * (maxHorizon + 1) + horizon) * 32 + ageGroup + 1) * 4 + partClasses.indexOf(sizeClass);
}

/** The size class of a packed part error (its lowest two bits). */
function partClass(code: number): SizeClass {
  return partClasses[code % 4];
}

function unpackPart(code: number): Omit<PartError, "error"> {
  const rest = Math.floor(code / 4);
  const group = Math.floor(rest / 32);
  return {sizeClass: partClasses[code % 4], baseYear: Math.floor(group / (maxHorizon + 1)), horizon: group % (maxHorizon + 1), ageGroup: (rest % 32) - 1};
}

/** Whether an error of a forecast from `baseYear` at `horizon` is in the window. */
function inWindow({excludeBaseYear, knownAt}: ErrorWindow, baseYear: number, horizon: number): boolean {
  return baseYear !== excludeBaseYear && (knownAt === undefined || baseYear + horizon <= knownAt);
}

function windowKey({excludeBaseYear, knownAt}: ErrorWindow): string {
  return `${excludeBaseYear ?? ""}|${knownAt ?? ""}`;
}

function range(horizon: number): number[] {
  return Array.from({length: horizon}, (_, i) => i + 1);
}

/** Lowest MAPE of village totals among non-baseline methods, on the (base year, village, horizon) triples every one of them forecast. */
function chooseDefault(totals: readonly TotalError[]): Method {
  const candidates = methods.filter((m) => !baselines.includes(m) && totals.some((e) => e.method === m && e.unit >= 0));
  if (!candidates.length) return "cohort_component";
  const key = (e: TotalError) => `${e.baseYear}|${e.unit}|${e.horizon}`;
  const keysBy = new Map(candidates.map((m) => [m, new Set(totals.filter((e) => e.method === m && e.unit >= 0).map(key))]));
  const shared = [...keysBy.get(candidates[0])!].filter((k) => candidates.every((m) => keysBy.get(m)!.has(k)));
  const pool = shared.length ? candidates : candidates.filter((m) => m !== "hamilton_perry");
  const sharedKeys = new Set(shared.length ? shared : [...keysBy.get(pool[0])!].filter((k) => pool.every((m) => keysBy.get(m)!.has(k))));
  let best: Method = pool[pool.length - 1];
  let bestMape = Infinity;
  for (const m of pool) {
    const errs = totals.filter((e) => e.method === m && e.unit >= 0 && sharedKeys.has(key(e)));
    const value = mape(errs.map((e) => e.actual), errs.map((e) => e.forecast));
    if (value === undefined) continue;
    // methods are ordered simplest first: only a strictly lower MAPE (beyond rounding noise) replaces the best
    if (value < bestMape - 1e-9) {
      best = m;
      bestMape = value;
    }
  }
  return best;
}
