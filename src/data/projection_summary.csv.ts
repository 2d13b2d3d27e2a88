// Births, school age (6–14; the base year's the register's exact count) and elderly (65+) per
// area × scenario × year of the published projection, for the extract in POP_DATA_DIR (default: data/sample); see projectionSummary.
import {csvFormat} from "d3";
import {projectionSummary} from "../../loaders/projections/projectionSummary.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

const villageYear = projectionSummaryCsvRows(await pipelineOutputPath("village_year.csv"), ["year", "births", "pop_6_14"]);
const rows = projectionSummary({
  projections: projectionSummaryCsvRows(await pipelineOutputPath("projections.csv"), ["base_year", "year", "population"]) as never,
  births: projectionSummaryCsvRows(await pipelineOutputPath("projection_births.csv"), ["base_year", "births_per_year"]) as never,
  observedBirths: villageYear as never,
  // The base year's school age is the register's exact count, not estimated from age groups.
  observedSchoolAge: villageYear as never
});
process.stdout.write(csvFormat(rows) + "\n");
