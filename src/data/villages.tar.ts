// One small view per village page (src/villages/[code].md reads data/villages/<code>.json, which
// Framework extracts from this archive): the village's rows and the town's, typed, cut from the
// pipeline's outputs for the extract in POP_DATA_DIR (default: data/sample) by villageViews. One
// process for every village; the downloads stay as they are. A page then fetches tens of KB, not
// every village's rows (12 MB for a county of 300).
import {csvParse} from "d3";
import {villageLabels} from "../../loaders/bulletin/villageLabels.ts";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {projectionSummaryView} from "../../loaders/projections/projectionSummaryView.ts";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";
import {pipelineOutputsDir} from "../../loaders/site/pipelineOutputsDir.ts";
import {tarFromFiles} from "../../loaders/site/tarFromFiles.ts";
import {villagePaths} from "../../loaders/site/villagePaths.ts";
import {villageViews} from "../../loaders/site/villageViews.ts";
import {typeRows} from "../components/typeRows.js";

// Typed as the page typed the downloads (d3's csvParse of the text a browser reads, then typeRows).
const typed = async (file: string) => typeRows(csvParse(csvTextFromFile(await pipelineOutputPath(file))));
const villageYear = await typed("village_year.csv");
const bounds = ["lower_80", "upper_80", "lower_95", "upper_95"];
const views = villageViews({
  codes: (await villagePaths(await pipelineOutputsDir())).map((path) => path.slice("/villages/".length)),
  labels: villageLabels(villageYear as never),
  villageYear,
  targetChecks: await typed("target_checks.csv"),
  ageSex: await typed("age_sex.csv"),
  services: await typed("services.csv"),
  // The same reduction as projection_summary.tar.ts (view.json).
  projection: projectionSummaryView({
    projections: projectionSummaryCsvRows(await pipelineOutputPath("projections.csv"), ["base_year", "year", "population", ...bounds]) as never,
    villageYear: projectionSummaryCsvRows(await pipelineOutputPath("village_year.csv"), ["year", "pop_end"]) as never
  }),
  accuracy: await typed("projection_accuracy.csv")
});
process.stdout.write(await tarFromFiles(Array.from(views, ([code, view]) => [`${code}.json`, JSON.stringify(view)])));
