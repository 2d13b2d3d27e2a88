// CLI run before `observable build` / `observable preview` (npm scripts "prebuild", "predev"):
// 1. runs the pipeline on the extract the site is built from (pipelineOutputsDir: POP_DATA_DIR,
//    POP_MIN_CELL, POP_MAX_REJECTED_SHARE; nothing when POP_PIPELINE_OUTPUTS names ready outputs),
//    so an unusable extract (a missing column, a file whose rows are mostly rejected…) stops the
//    build here, with the pipeline's one message and exit code 1, before Framework starts; the data
//    loaders then reuse that run's cached outputs; when rows were rejected, it says where their
//    list is (the outputs folder's rejects.csv, e.g. .tmp/pipeline/<key>/rejects.csv);
// 2. fills Framework's npm cache from node_modules, so the site builds with no internet;
// 3. drops Framework's cached data-loader outputs: Framework reuses them as long as the loader
//    file is unchanged, which would publish the previous extract after POP_DATA_DIR changed.
import {existsSync} from "node:fs";
import {readFile, rm} from "node:fs/promises";
import {isAbsolute, join, relative} from "node:path";
import type {QualityReport} from "../publish/qualityReport.ts";
import {pipelineOutputsDir} from "./pipelineOutputsDir.ts";
import {prepareOfflineCache} from "./prepareOfflineCache.ts";
import {rejectsNotice} from "./rejectsNotice.ts";
import {cliArguments} from "../cliArguments.ts";

const usage = `用法 / usage: tsx loaders/site/prepareBuildCli.ts (npm run build 与 npm run dev 之前自动运行 / run before npm run build and npm run dev)
  运行流水线(POP_DATA_DIR、POP_MIN_CELL、POP_MAX_REJECTED_SHARE、POP_PIPELINE_OUTPUTS),生成离线模块缓存,清除 Framework 缓存的数据
  (runs the pipeline on the site's extract, fills the offline npm cache, drops Framework's cached data-loader outputs; exit 1 when it fails)
  --help   显示本说明 (show this usage)`;

cliArguments({help: {type: "boolean", short: "h"}}, usage);

try {
  const outputs = await pipelineOutputsDir(process.env);
  // Rejected rows: say where their list is, since the build's outputs folder is not one the user named.
  const shown = relative(process.cwd(), outputs);
  const qualityFile = join(outputs, "quality.json");
  const quality = existsSync(qualityFile) ? (JSON.parse(await readFile(qualityFile, "utf8")) as QualityReport) : undefined;
  const notice = quality && rejectsNotice(shown.startsWith("..") || isAbsolute(shown) ? outputs : shown, quality.files);
  if (notice) process.stderr.write(`${notice}\n`);
  const {npmDir, versions, rebuilt} = await prepareOfflineCache(process.cwd());
  const list = Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(" ");
  process.stderr.write(rebuilt ? `离线模块缓存已生成:${npmDir}\n  ${list}\n` : `离线模块缓存已是最新:${npmDir}\n`);
  await rm(join(process.cwd(), "src", ".observablehq", "cache", "data"), {recursive: true, force: true});
} catch (error) {
  process.stderr.write(`构建准备失败:${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
