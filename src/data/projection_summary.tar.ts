// What the 人口预测 page reads besides the downloads, both from one reading of projections.csv (a
// county's is 37 MB) and village_year.csv for the extract in POP_DATA_DIR (default: data/sample);
// Framework extracts each member as data/projection_summary/<member>:
// - summary.csv: births, school age (6–14; the base year's the register's exact count) and elderly
//   (65+) per area × scenario × year of the published projection (projectionSummary);
// - view.json: totals with intervals, the base-year and last-year pyramids, and per area its name,
//   size class and observed population (projectionSummaryView).
import {csvFormat} from "d3";
import {projectionSummary} from "../../loaders/projections/projectionSummary.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {projectionSummaryView} from "../../loaders/projections/projectionSummaryView.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";
import {tarFromFiles} from "../../loaders/site/tarFromFiles.ts";

const projections = projectionSummaryCsvRows(await pipelineOutputPath("projections.csv"), ["base_year", "year", "population", "lower_80", "upper_80", "lower_95", "upper_95"]);
const villageYear = projectionSummaryCsvRows(await pipelineOutputPath("village_year.csv"), ["year", "births", "pop_6_14", "pop_end"]);
const summary = projectionSummary({
  projections: projections as never,
  births: projectionSummaryCsvRows(await pipelineOutputPath("projection_births.csv"), ["base_year", "births_per_year"]) as never,
  observedBirths: villageYear as never,
  // The base year's school age is the register's exact count, not estimated from age groups.
  observedSchoolAge: villageYear as never
});
const view = projectionSummaryView({projections: projections as never, villageYear: villageYear as never});
process.stdout.write(await tarFromFiles([["summary.csv", csvFormat(summary) + "\n"], ["view.json", JSON.stringify(view)]]));
