import {readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {timedCommand} from "./timedCommand.ts";
import type {TimedStep} from "./types.ts";

const projectRoot = resolve(import.meta.dirname, "..", "..");

/**
 * Runs every data loader of the site (src/data/*.ts) as Framework runs it, one process each with
 * stdout discarded, on ready-made pipeline outputs (POP_PIPELINE_OUTPUTS) for the extract in
 * `dataDir`. Returns the total, the slowest loader and the largest peak RSS.
 */
export async function timeSiteLoaders(dataDir: string, outputsDir: string): Promise<TimedStep> {
  const loaders = readdirSync(join(projectRoot, "src", "data")).filter((name) => name.endsWith(".ts")).sort();
  const env = {...process.env, POP_DATA_DIR: dataDir, POP_PIPELINE_OUTPUTS: outputsDir};
  let seconds = 0;
  let peakRssMiB = 0;
  let slowest = {name: "", seconds: 0};
  for (const name of loaders) {
    const run = await timedCommand(process.execPath, ["--import", "tsx", join("src", "data", name)], {env, cwd: projectRoot});
    if (run.code !== 0) throw new Error(`data loader ${name} failed (exit ${run.code}):\n${run.stderr}`);
    seconds += run.seconds;
    peakRssMiB = Math.max(peakRssMiB, run.peakRssMiB);
    if (run.seconds > slowest.seconds) slowest = {name, seconds: run.seconds};
  }
  return {name: `site data loaders (${loaders.length}, one after another)`, seconds, peakRssMiB, note: `slowest ${slowest.name} ${slowest.seconds.toFixed(1)} s`};
}
