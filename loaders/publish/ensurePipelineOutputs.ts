import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, rmSync, statSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {setTimeout as sleep} from "node:timers/promises";
import {runPipeline} from "../runPipeline.ts";
import {fileDigests} from "./fileDigests.ts";

const projectRoot = resolve(new URL("../..", import.meta.url).pathname);
const cacheRoot = join(projectRoot, ".tmp", "pipeline");
const codeRoot = join(projectRoot, "loaders");

/**
 * The pipeline's outputs for an extract, computed once and shared by every data loader of the
 * site: returns a folder holding village_year.csv, quality.json, manifest.json, …
 * `maxRejectedShare`: runPipeline's (default 0.5); a file rejected beyond it throws its TooManyRejectedError.
 * The folder is keyed by the content of the extract and of the pipeline code, so a changed
 * input or a changed pipeline is recomputed; concurrent callers wait for one run (a lock folder).
 */
export async function ensurePipelineOutputs(
  inputDir: string,
  {minCell = 0, maxRejectedShare}: {minCell?: number; maxRejectedShare?: number} = {}
): Promise<string> {
  const input = resolve(projectRoot, inputDir);
  // The share is in the key: outputs a looser share let through are not reused by a stricter build.
  const share = maxRejectedShare === undefined ? "" : `;max-rejected-share=${maxRejectedShare}`;
  const key = await hashOf([...filesBelow(input), ...filesBelow(codeRoot)], `min-cell=${minCell}${share}`);
  const out = join(cacheRoot, key);
  if (existsSync(join(out, "manifest.json"))) return out;
  mkdirSync(cacheRoot, {recursive: true});
  const lock = `${out}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(out, "manifest.json"))) return out;
      // A lock older than ten minutes belongs to a run that died.
      const held = statSync(lock, {throwIfNoEntry: false});
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, {recursive: true, force: true});
      await sleep(200);
    }
  }
  try {
    if (!existsSync(join(out, "manifest.json"))) {
      await runPipeline({input, out, minCell, maxRejectedShare, onProgress: (message) => process.stderr.write(`pipeline: ${message}\n`)});
    }
    return out;
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [dir];
  return (readdirSync(dir, {recursive: true}) as string[])
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

async function hashOf(paths: string[], options: string): Promise<string> {
  const existing = paths.filter((path) => existsSync(path));
  const {digests} = await fileDigests(existing, join(cacheRoot, "file-digests.json"));
  const digestOf = new Map(existing.map((path, i) => [path, digests[i]!]));
  const hash = createHash("sha256");
  hash.update(options);
  for (const path of paths) {
    hash.update(relative(projectRoot, path));
    hash.update(digestOf.get(path) ?? "");
  }
  return hash.digest("hex").slice(0, 16);
}
