import {join} from "node:path";
import {pipelineOutputsDir} from "./pipelineOutputsDir.ts";

/**
 * pipelineOutputPath(file) is the path of one pipeline output (e.g. "village_year.csv") for the
 * site being built (see pipelineOutputsDir). The data loaders in src/data/ copy it to stdout unchanged.
 */
export async function pipelineOutputPath(file: string): Promise<string> {
  return join(await pipelineOutputsDir(), file);
}
