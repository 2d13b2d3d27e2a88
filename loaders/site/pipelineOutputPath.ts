import {join} from "node:path";
import {ensurePipelineOutputs} from "../publish/ensurePipelineOutputs.ts";

/**
 * pipelineOutputPath(file) is the path of one pipeline output (e.g. "village_year.csv") for the
 * extract named by POP_DATA_DIR (default: data/sample). The pipeline runs once into its cache
 * folder; the data loaders in src/data/ copy the file to stdout unchanged.
 */
export async function pipelineOutputPath(file: string, inputDir = process.env.POP_DATA_DIR ?? "data/sample"): Promise<string> {
  return join(await ensurePipelineOutputs(inputDir), file);
}
