import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {timedCommand} from "./timedCommand.ts";

export interface BenchDataOptions {
  people: number;
  villages: number;
  startYear: number;
  endYear: number;
  seed: number;
}

const projectRoot = resolve(import.meta.dirname, "..", "..");

/**
 * The folder of a generated register for these options under `dataDir`, generated with the sample
 * generator (loaders/sample/cli.ts) unless a folder made with the same options is already there.
 * Returns the folder and the generation time (0 when reused).
 */
export async function ensureBenchData(dataDir: string, options: BenchDataOptions): Promise<{dir: string; seconds: number}> {
  const {people, villages, startYear, endYear, seed} = options;
  const dir = resolve(dataDir, `people-${people}-villages-${villages}-${startYear}-${endYear}-seed-${seed}`);
  const marker = join(dir, "bench-parameters.json");
  const parameters = JSON.stringify(options);
  if (existsSync(marker) && readFileSync(marker, "utf8") === parameters) return {dir, seconds: 0};
  const args = ["--import", "tsx", join(projectRoot, "loaders/sample/cli.ts"), "--people", String(people), "--villages", String(villages),
    "--start-year", String(startYear), "--end-year", String(endYear), "--seed", String(seed), "--out", dir];
  const run = await timedCommand(process.execPath, args, {cwd: projectRoot, timeoutSeconds: 1800});
  if (run.code !== 0) throw new Error(`sample generator failed (exit ${run.code}):\n${run.stderr}`);
  writeFileSync(marker, parameters);
  return {dir, seconds: run.seconds};
}
