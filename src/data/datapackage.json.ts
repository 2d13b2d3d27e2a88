// The pipeline's datapackage.json for the extract in POP_DATA_DIR (default: data/sample), unchanged.
import {createReadStream} from "node:fs";
import {pipeline} from "node:stream/promises";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

await pipeline(createReadStream(await pipelineOutputPath("datapackage.json")), process.stdout);
