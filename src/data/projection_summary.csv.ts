// Births, school age (6–14) and elderly (65+) per area × scenario × year of the published
// projection, for the extract in POP_DATA_DIR (default: data/sample); see projectionSummary.
import {readFileSync} from "node:fs";
import {parse} from "csv-parse/sync";
import {csvFormat} from "d3";
import {projectionSummary} from "../../loaders/projections/projectionSummary.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

const read = async (file: string, numbers: string[]) =>
  (parse(readFileSync(await pipelineOutputPath(file), "utf-8"), {columns: true, bom: true, skip_empty_lines: true}) as Record<string, string>[])
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, numbers.includes(k) ? (v === "" ? NaN : Number(v)) : v])));

const rows = projectionSummary({
  projections: (await read("projections.csv", ["base_year", "year", "population"])) as never,
  births: (await read("projection_births.csv", ["base_year", "births_per_year"])) as never,
  observedBirths: (await read("village_year.csv", ["year", "births"])) as never
});
process.stdout.write(csvFormat(rows) + "\n");
