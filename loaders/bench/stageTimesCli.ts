/**
 * Child process of `npm run bench`: runs the whole pipeline on one extract and prints, as JSON on
 * stdout, the wall time and the peak RSS so far at the end of each stage, and the rows read.
 *
 *   node --import tsx loaders/bench/stageTimesCli.ts --input DIR --out DIR [--memory-limit 2GB] [--temp-dir DIR]
 */
import {runPipeline, type PipelineStage} from "../runPipeline.ts";
import type {StageTimes} from "./types.ts";
import {cliArguments} from "../cliArguments.ts";
import {memoryLimitExpected, memoryLimitFromText} from "../store/memoryLimit.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";

const usage = `用法 / usage: node --import tsx loaders/bench/stageTimesCli.ts --input DIR --out DIR [--memory-limit X] [--temp-dir DIR] (npm run bench 的子进程 / a child process of npm run bench)
  运行整个流水线,以 JSON 输出各阶段耗时与内存峰值 (runs the pipeline; each stage's time and peak RSS as JSON on stdout)
  --input DIR        登记数据文件夹 (extract folder; required)
  --out DIR          输出文件夹 (output folder; required)
  --memory-limit X   DuckDB memory_limit (default the pipeline's)
  --temp-dir DIR     DuckDB 的临时文件夹 (where DuckDB spills; default the system's)
  --help             显示本说明 (show this usage)`;

const values = cliArguments({input: {type: "string"}, out: {type: "string"}, "memory-limit": {type: "string"}, "temp-dir": {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
if (!values.input || !values.out) exitWrongArguments("缺少 --input 或 --out / --input and --out are required", usage);
// Checked as the pipeline's CLI checks it, so a bad value is a usage error, not a DuckDB one.
const memoryLimitText = values["memory-limit"];
const memoryLimit = memoryLimitText === undefined ? undefined : memoryLimitFromText(memoryLimitText) ?? exitWrongArguments(`--memory-limit ${memoryLimitExpected}: ${memoryLimitText}`, usage);

const started = performance.now();
const stages: StageTimes["stages"] = [];
let current: {stage: PipelineStage; started: number} | undefined;
const peakMiB = () => process.resourceUsage().maxRSS / 1024;
function onStage(stage: PipelineStage) {
  const now = performance.now();
  process.stderr.write(`stage ${stage} at ${((now - started) / 1000).toFixed(1)} s, peak RSS ${peakMiB().toFixed(0)} MiB\n`);
  if (current) stages.push({stage: current.stage, seconds: (now - current.started) / 1000, peakRssMiB: peakMiB()});
  current = stage === "done" ? undefined : {stage, started: now};
}

try {
  const {quality} = await runPipeline({input: values.input, out: values.out, memoryLimit, tempDirectory: values["temp-dir"], onStage,
    onProgress: (message) => process.stderr.write(`  ${((performance.now() - started) / 1000).toFixed(1)} s ${message}\n`)});
  const result: StageTimes = {
    stages,
    seconds: (performance.now() - started) / 1000,
    peakRssMiB: peakMiB(),
    rowsRead: quality.files.reduce((n, f) => n + f.read, 0),
    files: quality.files.map((f) => ({file: f.file, read: f.read, rejected: f.rejected}))
  };
  process.stdout.write(JSON.stringify(result) + "\n");
} catch (error) {
  process.stderr.write(`pipeline failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
}
