import {ageGroups} from "./ageGroups.ts";
import type {Backtest} from "./backtestFromInputs.ts";
import {errorAgeBand, defaults as errorAgeBandDefaults} from "./errorAgeBand.ts";
import {intervalCoverage} from "./intervalCoverage.ts";
import type {Method} from "./projectionsAtBase.ts";
import type {SizeClass} from "./sizeClass.ts";

/** Coverage of the prediction intervals of one age group or band. */
export interface AgeCoverage {
  /** Age group ('0-4' … '85+') or band label (errorAgeBand). */
  age: string;
  /** Backtest errors checked: (base year, unit, horizon, sex) for cells, (base year, unit, horizon) for age-group totals. */
  n: number;
  /** Backtest errors left out because no error was there to build their interval from (prospectively: none known at their base year). */
  unscored: number;
  /** Share (0–1) of actual values inside their 80% interval; null when n = 0. */
  coverage_80: number | null;
  coverage_95: number | null;
}

/**
 * Coverage of the 80% and 95% intervals of the sex × age cells (`kind` 'cell') or age-group totals ('age') of a
 * method's units of a size class ('all_villages': every village, each with its own class's intervals, as published),
 * by five-year age group and by broad age band (`bands`, default {@link errorAgeBand}'s; the bands the report is
 * grouped by, whatever bands the backtest's intervals used). Leave-one-base-year-out by default, as coverage_80/95 of
 * totals in projection_accuracy: the interval of an error of base year B uses the errors of every other base year.
 * With `prospective`, in time order as coverage_80/95_prospective: the interval of an error of base year B uses only
 * the errors whose target year (base year + horizon) is at most B. Errors with no interval (a single base year; or,
 * prospectively, nothing known yet) are left out and counted in `unscored`.
 *
 * coverageByAge(backtest, "cohort_component", "TOWN", "cell").byBand // [{age: "0-4", n, unscored, coverage_80, coverage_95}, …]
 * coverageByAge(backtest, "cohort_component", "TOWN", "cell", {prospective: true}) // the same, in time order
 */
export function coverageByAge(
  backtest: Backtest,
  method: Method,
  sizeClass: SizeClass,
  kind: "cell" | "age",
  {bands = errorAgeBandDefaults.bands, prospective = false}: {bands?: readonly number[]; prospective?: boolean} = {}
): {byAgeGroup: AgeCoverage[]; byBand: AgeCoverage[]} {
  const byGroup = ageGroups.map(() => ({error: [] as number[], l80: [] as number[], u80: [] as number[], l95: [] as number[], u95: [] as number[], unscored: [] as number[]}));
  for (const e of backtest.partErrors(method, sizeClass, kind)) {
    const window = prospective ? {knownAt: e.baseYear} : {excludeBaseYear: e.baseYear};
    const q = backtest.quantiles(method, e.sizeClass, kind, e.ageGroup, window).find((r) => r.horizon === e.horizon);
    const g = byGroup[e.ageGroup];
    if (!q) {
      g.unscored.push(e.error);
      continue;
    }
    g.error.push(e.error);
    g.l80.push(q.q10);
    g.u80.push(q.q90);
    g.l95.push(q.q025);
    g.u95.push(q.q975);
  }
  const row = (age: string, groups: typeof byGroup): AgeCoverage => {
    const all = (key: keyof (typeof byGroup)[number]) => groups.flatMap((g) => g[key]);
    const error = all("error");
    return {
      age,
      n: error.length,
      unscored: all("unscored").length,
      coverage_80: intervalCoverage(error, all("l80"), all("u80")) ?? null,
      coverage_95: intervalCoverage(error, all("l95"), all("u95")) ?? null
    };
  };
  const labels = ageGroups.map((_, i) => errorAgeBand(i, bands));
  return {
    byAgeGroup: ageGroups.map((g, i) => row(g, [byGroup[i]])),
    byBand: [...new Set(labels)].map((band) => row(band, byGroup.filter((_, i) => labels[i] === band)))
  };
}
