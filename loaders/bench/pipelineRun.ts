import {mkdirSync, readFileSync, rmSync} from "node:fs";
import {join} from "node:path";
import {childJson} from "./childJson.ts";
import {withPeakFolderMiB} from "./peakFolderMiB.ts";
import type {StageTimes} from "./types.ts";

export interface PipelineRunOptions {
  /** The register extract folder. */
  input: string;
  /** The output folder. */
  out: string;
  /** DuckDB memory_limit, e.g. "2GB". */
  memoryLimit: string;
  /** The folder DuckDB spills into: emptied first, its size sampled while the pipeline runs. */
  spill: string;
  onStderr?: (text: string) => void;
}

/**
 * Runs the whole pipeline in a child process (stageTimesCli.ts, so that its peak RSS is its own)
 * and returns its stage times with the most its spill folder held (MiB).
 */
export async function pipelineRun({input, out, memoryLimit, spill, onStderr}: PipelineRunOptions): Promise<{times: StageTimes; spillMiB: number}> {
  rmSync(spill, {recursive: true, force: true});
  mkdirSync(spill, {recursive: true});
  const script = join(import.meta.dirname, "stageTimesCli.ts");
  const {value, peakMiB} = await withPeakFolderMiB(spill, () =>
    childJson<StageTimes>(script, ["--input", input, "--out", out, "--memory-limit", memoryLimit, "--temp-dir", spill], {onStderr}));
  return {times: value.value, spillMiB: peakMiB};
}

/** Whether two runs published the same files: their manifest.json (every output's SHA-256), byte for byte. */
export function sameOutputs(outA: string, outB: string): boolean {
  const manifest = (dir: string) => readFileSync(join(dir, "manifest.json"));
  return manifest(outA).equals(manifest(outB));
}
