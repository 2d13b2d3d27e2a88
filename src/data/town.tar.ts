// One small view per town page (src/index.md, villages.md, trends.md, age-structure.md and
// services.md read data/town/<page>.json, which Framework extracts from this archive): the rows and
// columns of the downloads the page shows, typed (人口结构's age_sex as pyramids), cut by townViews from the pipeline's outputs for the
// extract in POP_DATA_DIR (default: data/sample). One process for every page; the downloads stay as
// they are. 总览 of a county then fetches tens of KB, not 5 MB of CSV it mostly does not show.
import {csvParse} from "d3";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";
import {tarFromFiles} from "../../loaders/site/tarFromFiles.ts";
import {townViews} from "../../loaders/site/townViews.ts";
import {indicators} from "../components/indicators.js";
import {typeRows} from "../components/typeRows.js";

// Typed as the page typed the downloads (d3's csvParse of the text a browser reads, then typeRows).
const typed = async (file: string) => typeRows(csvParse(csvTextFromFile(await pipelineOutputPath(file))));
const views = townViews({
  villageYear: await typed("village_year.csv"),
  targetChecks: await typed("target_checks.csv"),
  ageSex: await typed("age_sex.csv"),
  // The one project whose coverage has a target, as 项目与经费 picks it.
  coverageIndicator: indicators.find((d) => d.project)!.key
});
process.stdout.write(await tarFromFiles(Array.from(views, ([page, view]) => [`${page}.json`, JSON.stringify(view)])));
