// The pipeline's projection_assumptions.csv for the extract in POP_DATA_DIR (default: data/sample), unchanged.
import {createReadStream} from "node:fs";
import {pipeline} from "node:stream/promises";
import {pipelineOutputPath} from "../../loaders/site/pipelineOutputPath.ts";

await pipeline(createReadStream(await pipelineOutputPath("projection_assumptions.csv")), process.stdout);
