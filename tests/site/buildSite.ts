import {spawn, spawnSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {mkdir, rm, writeFile} from "node:fs/promises";
import {join, relative, resolve} from "node:path";
import {pipelineOutputsDir} from "../../loaders/site/pipelineOutputsDir.ts";
import {serveDist, type DistServer} from "../../loaders/site/serveDist.ts";

export const projectDir = resolve(import.meta.dirname, "..", "..");

/** Where the site tests build the sample extract (the offline test and the page tests share it). */
export const sampleSiteDir = "tests/artifacts/site-sample";

/** True when this process may create a network namespace (root, or user namespaces allowed). */
export function canUnshareNetwork(): boolean {
  return spawnSync("unshare", ["-n", "true"], {stdio: "ignore"}).status === 0;
}

export interface SiteBuild {
  /** Absolute path of the built site. */
  outDir: string;
  /** True when the build ran in a network namespace with only loopback up. */
  offline: boolean;
  /** False when an identical earlier build was reused. */
  built: boolean;
  /** The pipeline outputs the site was built on. */
  outputsDir: string;
  /** Build output (stdout and stderr), also of a reused build. */
  log: string;
}

/**
 * buildSite(dataDir, outDir, {force}) runs `npm run build` on the extract `dataDir` into `outDir`,
 * inside `unshare -n` (loopback only) when possible. A build with the same inputs (extract, site
 * sources, loaders, config, lock file) is reused unless `force` is set. `env` is the build's
 * environment. The pipeline runs first, here (or POP_PIPELINE_OUTPUTS in `env` names its
 * outputs), and the build is pinned to those outputs, so a test compares the site with exactly
 * the files it was built on even while the pipeline code changes.
 */
export async function buildSite(dataDir: string, outDir: string, {force = false, env: baseEnv = process.env}: {force?: boolean; env?: NodeJS.ProcessEnv} = {}): Promise<SiteBuild> {
  const absOut = resolve(projectDir, outDir);
  const offline = canUnshareNetwork();
  const outputsDir = await pipelineOutputsDir({...baseEnv, POP_DATA_DIR: dataDir});
  const key = buildKey(resolve(projectDir, dataDir), offline, outputsDir);
  const keyPath = join(absOut, ".site-build-key");
  const logPath = join(absOut, ".site-build-log");
  if (!force && existsSync(keyPath) && existsSync(logPath) && readFileSync(keyPath, "utf-8") === key) return {outDir: absOut, offline, built: false, outputsDir, log: readFileSync(logPath, "utf-8")};
  await rm(absOut, {recursive: true, force: true});
  await mkdir(absOut, {recursive: true});
  const env = {...baseEnv, POP_DATA_DIR: dataDir, POP_PIPELINE_OUTPUTS: outputsDir, POP_SITE_OUTPUT: absOut, OBSERVABLE_TELEMETRY_DISABLE: "true", NO_COLOR: "1"};
  const [command, args] = offline ? ["unshare", ["-n", "sh", "-c", "ip link set lo up && exec npm run build"]] : ["npm", ["run", "build"]];
  const {code, log} = await run(command, args, env);
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}) for ${dataDir}:\n${log}`);
  await writeFile(logPath, log);
  await writeFile(keyPath, key);
  return {outDir: absOut, offline, built: true, outputsDir, log};
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; log: string}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd: projectDir, env, stdio: ["ignore", "pipe", "pipe"]});
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({code, log: Buffer.concat(chunks).toString("utf-8")}));
  });
}

function buildKey(dataDir: string, offline: boolean, outputsDir: string): string {
  const hash = createHash("sha256").update(JSON.stringify({dataDir, offline, outputsDir}));
  const roots = [dataDir, outputsDir, join(projectDir, "src"), join(projectDir, "loaders"), join(projectDir, "observablehq.config.ts"), join(projectDir, "package-lock.json")];
  for (const root of roots) for (const file of listFiles(root)) hash.update(relative(projectDir, file)).update(readFileSync(file));
  return hash.digest("hex");
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, {withFileTypes: true})
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => listFiles(join(path, entry.name)))
    .sort();
}

/**
 * serveExtractSite(dataDir, outDir) builds the site for a test's own extract (never outputs named by
 * POP_PIPELINE_OUTPUTS in the environment, which belong to the sample) and serves it on localhost.
 */
export async function serveExtractSite(dataDir: string, outDir: string): Promise<DistServer> {
  const env = {...process.env};
  delete env.POP_PIPELINE_OUTPUTS;
  const build = await buildSite(dataDir, outDir, {env});
  return serveDist(build.outDir);
}
