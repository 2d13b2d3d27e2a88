import {resolve} from "node:path";

/**
 * pipelineOutputsDir(env) is the folder of pipeline outputs the site is built on:
 * POP_PIPELINE_OUTPUTS when set (outputs computed beforehand, e.g. by `npm run pipeline -- --out`),
 * otherwise the pipeline's cached run on the extract POP_DATA_DIR (default: data/sample).
 */
export async function pipelineOutputsDir(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.POP_PIPELINE_OUTPUTS) return resolve(env.POP_PIPELINE_OUTPUTS);
  // Imported only when needed: outputs given ready-made need no pipeline code at all.
  const {ensurePipelineOutputs} = await import("../publish/ensurePipelineOutputs.ts");
  return ensurePipelineOutputs(env.POP_DATA_DIR ?? "data/sample");
}
