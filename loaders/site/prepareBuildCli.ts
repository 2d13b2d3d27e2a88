// CLI run before `observable build` / `observable preview` (npm scripts "prebuild", "predev"):
// 1. runs the pipeline on the extract the site is built from (pipelineOutputsDir: POP_DATA_DIR,
//    POP_MIN_CELL, POP_MAX_REJECTED_SHARE; nothing when POP_PIPELINE_OUTPUTS names ready outputs),
//    so an unusable extract (a missing column, a file whose rows are mostly rejected…) stops the
//    build here, with the pipeline's one message and exit code 1, before Framework starts; the data
//    loaders then reuse that run's cached outputs;
// 2. fills Framework's npm cache from node_modules, so the site builds with no internet;
// 3. drops Framework's cached data-loader outputs: Framework reuses them as long as the loader
//    file is unchanged, which would publish the previous extract after POP_DATA_DIR changed.
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {pipelineOutputsDir} from "./pipelineOutputsDir.ts";
import {prepareOfflineCache} from "./prepareOfflineCache.ts";

try {
  await pipelineOutputsDir(process.env);
  const {npmDir, versions, rebuilt} = await prepareOfflineCache(process.cwd());
  const list = Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(" ");
  process.stderr.write(rebuilt ? `离线模块缓存已生成:${npmDir}\n  ${list}\n` : `离线模块缓存已是最新:${npmDir}\n`);
  await rm(join(process.cwd(), "src", ".observablehq", "cache", "data"), {recursive: true, force: true});
} catch (error) {
  process.stderr.write(`构建准备失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
