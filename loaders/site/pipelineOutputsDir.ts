import {resolve} from "node:path";
import {minCellExpected, minCellFromText} from "../publish/minCellFromText.ts";
import {ExtractError} from "../read/ExtractError.ts";
import {rejectedShareExpected, rejectedShareFromText} from "../validate/rejectedShareFromText.ts";

/** A data loader's answer to a problem of the user's making: one message, no stack trace, exit 1. */
function stop(message: string): never {
  process.stderr.write(message.endsWith("\n") ? message : `${message}\n`);
  process.exit(1);
}

/**
 * POP_MIN_CELL=N builds the site from outputs whose counts below N are blank (the CLI's --min-cell),
 * for a site released outside the office. Unset, empty or 0: off.
 */
function minCellFromEnvironment(env: NodeJS.ProcessEnv): number {
  const minCell = minCellFromText(env.POP_MIN_CELL ?? "0");
  return minCell ?? stop(`POP_MIN_CELL ${minCellExpected}: ${env.POP_MIN_CELL}`);
}

/**
 * POP_MAX_REJECTED_SHARE=S builds the site only when no file of the extract has more than this share
 * of its rows rejected (the CLI's --max-rejected-share). Unset or empty: the pipeline's default.
 */
function maxRejectedShareFromEnvironment(env: NodeJS.ProcessEnv): number | undefined {
  if (!env.POP_MAX_REJECTED_SHARE) return undefined;
  return rejectedShareFromText(env.POP_MAX_REJECTED_SHARE) ?? stop(`POP_MAX_REJECTED_SHARE ${rejectedShareExpected}: ${env.POP_MAX_REJECTED_SHARE}`);
}

/**
 * pipelineOutputsDir(env) is the folder of pipeline outputs the site is built on:
 * POP_PIPELINE_OUTPUTS when set (outputs computed beforehand, e.g. by `npm run pipeline -- --out`),
 * otherwise the pipeline's cached run on the extract POP_DATA_DIR (default: data/sample), with
 * counts below POP_MIN_CELL blanked and files rejected beyond POP_MAX_REJECTED_SHARE refused. An
 * unusable extract (a missing column, a file mostly rejected…) or setting stops the loader with the
 * pipeline's message (file, row, column) instead of a stack trace in the build log.
 */
export async function pipelineOutputsDir(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.POP_PIPELINE_OUTPUTS) return resolve(env.POP_PIPELINE_OUTPUTS);
  const minCell = minCellFromEnvironment(env);
  const maxRejectedShare = maxRejectedShareFromEnvironment(env);
  // Imported only when needed: outputs given ready-made need no pipeline code at all.
  const {ensurePipelineOutputs} = await import("../publish/ensurePipelineOutputs.ts");
  try {
    return await ensurePipelineOutputs(env.POP_DATA_DIR ?? "data/sample", {minCell, maxRejectedShare});
  } catch (error) {
    if (error instanceof ExtractError) stop(`错误 / error (POP_DATA_DIR=${env.POP_DATA_DIR ?? "data/sample"}): ${error.message}`);
    throw error;
  }
}
