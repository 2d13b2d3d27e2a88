import {csvParse} from "d3";
import {join} from "node:path";
import {csvTextFromFile} from "../publish/csvTextFromFile.ts";
import {accuracyMarkdown} from "./accuracyMarkdown.ts";
import type {AccuracyRow} from "./backtestFromInputs.ts";

export const readmeMarkers = {start: "<!-- backtest:start -->", end: "<!-- backtest:end -->"};

/** The README's backtest section for the pipeline outputs in `outputs` (projection_accuracy.csv, projection_assumptions.csv). */
export function readmeAccuracy(outputs: string): string {
  const numberOrNull = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));
  const rows = csvParse(csvTextFromFile(join(outputs, "projection_accuracy.csv"))).map((r) => ({
    method: r.method, horizon: Number(r.horizon), size_class: r.size_class, n: Number(r.n),
    mape: numberOrNull(r.mape), median_ape: numberOrNull(r.median_ape), malpe: numberOrNull(r.malpe),
    coverage_80: numberOrNull(r.coverage_80), coverage_95: numberOrNull(r.coverage_95),
    coverage_80_prospective: numberOrNull(r.coverage_80_prospective), coverage_95_prospective: numberOrNull(r.coverage_95_prospective),
    n_prospective: Number(r.n_prospective ?? 0)
  })) as AccuracyRow[];
  const assumptions = csvParse(csvTextFromFile(join(outputs, "projection_assumptions.csv")));
  const value = (key: string) => assumptions.find((a) => a.key === key)?.value ?? "?";
  return [
    readmeMarkers.start,
    `Backtest on the bundled sample (base years ${value("backtest_base_years")}, each projected with data up to that year only;`,
    `MAPE in % of the year-end population; computed by the pipeline and checked against this table by \`tests/projections/readmeAccuracy.test.ts\`).`,
    `"Inside 80% interval" is leave-one-base-year-out: each base year's interval uses the errors of all other base years, later ones`,
    `included, so it is optimistic. "In time order" uses only the errors an office could have known at the base year (target year`,
    `≤ base year), with the number of forecasts it could score (a method's first base year has no earlier error and is left out):`,
    "",
    accuracyMarkdown(rows, {defaultMethod: value("village_method_code")}),
    readmeMarkers.end
  ].join("\n");
}

/** The README text with its backtest section replaced. */
export function replaceReadmeAccuracy(readme: string, section: string): string {
  const start = readme.indexOf(readmeMarkers.start);
  const end = readme.indexOf(readmeMarkers.end);
  if (start < 0 || end < start) throw new Error(`README has no ${readmeMarkers.start} … ${readmeMarkers.end} section`);
  return readme.slice(0, start) + section + readme.slice(end + readmeMarkers.end.length);
}
