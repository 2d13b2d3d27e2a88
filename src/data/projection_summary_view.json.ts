// What the 人口预测 page draws, reduced from the pipeline's projections.csv and village_year.csv
// for the extract in POP_DATA_DIR (default: data/sample): totals with intervals, the base-year and
// last-year pyramids, and per area its name, size class and observed population (projectionSummaryView).
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {projectionSummaryView} from "../../loaders/projections/projectionSummaryView.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

const bounds = ["lower_80", "upper_80", "lower_95", "upper_95"];
process.stdout.write(JSON.stringify(projectionSummaryView({
  projections: projectionSummaryCsvRows(await pipelineOutputPath("projections.csv"), ["base_year", "year", "population", ...bounds]) as never,
  villageYear: projectionSummaryCsvRows(await pipelineOutputPath("village_year.csv"), ["year", "pop_end"]) as never
})));
