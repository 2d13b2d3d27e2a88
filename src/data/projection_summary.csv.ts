// Births, school age (6–14) and elderly (65+) per area × scenario × year of the published
// projection, for the extract in POP_DATA_DIR (default: data/sample); see projectionSummary.
import {csvFormat} from "d3";
import {projectionSummary} from "../../loaders/projections/projectionSummary.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

const rows = projectionSummary({
  projections: projectionSummaryCsvRows(await pipelineOutputPath("projections.csv"), ["base_year", "year", "population"]) as never,
  births: projectionSummaryCsvRows(await pipelineOutputPath("projection_births.csv"), ["base_year", "births_per_year"]) as never,
  observedBirths: projectionSummaryCsvRows(await pipelineOutputPath("village_year.csv"), ["year", "births"]) as never
});
process.stdout.write(csvFormat(rows) + "\n");
