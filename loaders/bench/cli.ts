/**
 * npm run bench [-- --sizes 100000,1000000 --out BENCHMARKS.md --skip-build]  (--help: the usage; wrong arguments: exit 2)
 *
 * Generates registers with the sample generator (bench-data/, reused when present with the same
 * parameters), runs the whole pipeline on each in a child process and reports per stage wall time,
 * rows per second and peak RSS; times the lower bound (DuckDB alone), the site's data loaders and,
 * for the county of 300 villages, the site build. Writes the report to BENCHMARKS.md.
 */
import {readdirSync, rmSync, statSync, writeFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join, resolve} from "node:path";
import {benchDefaults} from "./benchDefaults.ts";
import {benchmarkMarkdown} from "./benchmarkMarkdown.ts";
import {childJson} from "./childJson.ts";
import {ensureBenchData} from "./ensureBenchData.ts";
import {machine} from "./machine.ts";
import {pipelineRun, sameOutputs} from "./pipelineRun.ts";
import {siteBenchmark} from "./siteBenchmark.ts";
import {timeSiteLoaders} from "./timeSiteLoaders.ts";
import type {LowMemoryRun, LowerBound, SizeResult} from "./types.ts";
import {positiveIntegerExpected, positiveIntegerFromText} from "../positiveIntegerFromText.ts";
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const usage = `用法 / usage: npm run bench -- [options]
  生成模拟登记簿,逐阶段对流水线、下界、站点数据加载器和站点构建计时,报告写入 BENCHMARKS.md
  (generates registers, times the pipeline by stage, the lower bound, the site's loaders and build; writes the report)
  --sizes N,N      人口规模,逗号分隔 (people per register, comma-separated; default ${benchDefaults.sizes.join(",")})
  --villages K     村居数 (villages; default by size)
  --out FILE       报告文件 (report file; default ${benchDefaults.out})
  --data-dir DIR   模拟数据文件夹,参数相同时复用 (generated data, reused; default ${benchDefaults.dataDir})
  --skip-build     不构建站点 (skip the site build)
  --help           显示本说明 (show this usage)`;

const values = cliArguments({
  sizes: {type: "string"},
  villages: {type: "string"},
  out: {type: "string", default: benchDefaults.out},
  "data-dir": {type: "string", default: benchDefaults.dataDir},
  "skip-build": {type: "boolean", default: false},
  help: {type: "boolean", short: "h"}
}, usage);
/** Wrong arguments: the problem and the usage, exit 2, before anything is generated or run. */
const wrong = (problem: string): never => exitWrongArguments(problem, usage);
const sizes: number[] = values.sizes === undefined ? [...benchDefaults.sizes] : values.sizes.split(",").map((text) =>
  positiveIntegerFromText(text) ?? wrong(`--sizes 应为逗号分隔的正整数 / must be whole numbers > 0, comma-separated: ${values.sizes}`));
const villagesOverride = values.villages === undefined ? undefined : positiveIntegerFromText(values.villages) ?? wrong(`--villages ${positiveIntegerExpected}: ${values.villages}`);
const startLoad = loadavg()[0]!;
try {
  const script = (name: string) => join(import.meta.dirname, name);
  const results: SizeResult[] = [];
  for (const people of sizes) {
    const villages = villagesOverride ?? benchDefaults.villages[people] ?? benchDefaults.villagesOtherwise;
    const {startYear, endYear, seed} = benchDefaults;
    const data = await ensureBenchData(values["data-dir"]!, {people, villages, startYear, endYear, seed});
    log(`${people} people, ${villages} villages: ${data.seconds > 0 ? `generated in ${data.seconds.toFixed(1)} s` : "reused"} (${data.dir})`);
    const inputBytes = readdirSync(data.dir).filter((f) => f.endsWith(".csv")).reduce((n, f) => n + statSync(join(data.dir, f)).size, 0);
    const outputs = join(data.dir, "..", `${people}-outputs`);
    // DuckDB spills into a folder of its own, whose size is sampled while the pipeline runs.
    const spill = join(data.dir, "..", `${people}-spill`);
    const {times: pipeline, spillMiB} = await pipelineRun({input: data.dir, out: outputs, memoryLimit: benchDefaults.memoryLimit, spill,
      onStderr: (text) => process.stderr.write(text)});
    log(`pipeline ${pipeline.seconds.toFixed(1)} s, peak RSS ${pipeline.peakRssMiB.toFixed(0)} MiB, spilled up to ${spillMiB.toFixed(0)} MiB`);
    const lowerBound = await childJson<LowerBound>(script("lowerBoundCli.ts"), ["--input", data.dir]);
    log(`lower bound ${lowerBound.value.seconds.toFixed(2)} s`);
    const site = [await timeSiteLoaders(data.dir, resolve(outputs))];
    log(`${site[0]!.name}: ${site[0]!.seconds.toFixed(1)} s`);
    let sitePages: SizeResult["sitePages"];
    if (villages >= 300 && !values["skip-build"]) {
      // The county's site: build, then first view and one interaction per page in chromium.
      try {
        const measured = await siteBenchmark({dataDir: data.dir, outDir: `${data.dir}-site`, outputsDir: outputs, runs: 3});
        site.push({name: "site build (npm run build)", seconds: measured.build_seconds, note: `${measured.pages.length} pages timed in chromium`});
        sitePages = measured.pages;
      } catch (error) {
        site.push({name: "site build (npm run build)", seconds: NaN, note: `failed: ${(error as Error).message.split("\n")[0]}`});
      }
      log(`${site[1]!.name}: ${site[1]!.seconds.toFixed(1)} s ${site[1]!.note ?? ""}`);
    }
    let lowMemory: LowMemoryRun | undefined;
    if (people === Math.max(...sizes)) {
      // The memory bound, shown: the same run with less memory spills more, peaks lower and publishes the same files.
      const lowOutputs = `${outputs}-low-memory`;
      const low = await pipelineRun({input: data.dir, out: lowOutputs, memoryLimit: benchDefaults.lowMemoryLimit, spill});
      lowMemory = {memoryLimit: benchDefaults.lowMemoryLimit, mainMemoryLimit: benchDefaults.memoryLimit, seconds: low.times.seconds,
        peakRssMiB: low.times.peakRssMiB, spillMiB: low.spillMiB, sameOutputs: sameOutputs(lowOutputs, outputs)};
      log(`memory_limit ${lowMemory.memoryLimit}: ${lowMemory.seconds.toFixed(1)} s, peak RSS ${lowMemory.peakRssMiB.toFixed(0)} MiB, ` +
        `spilled up to ${lowMemory.spillMiB.toFixed(0)} MiB, ${lowMemory.sameOutputs ? "same outputs" : "OUTPUTS DIFFER"}`);
    }
    rmSync(spill, {recursive: true, force: true});
    const read = (table: string) => pipeline.files.find((f) => f.file.startsWith(table))?.read ?? 0;
    results.push({people, villages, inputBytes, personRows: read("persons"), residenceRows: read("residence"), pipeline, spillMiB, lowerBound: lowerBound.value, site, sitePages, lowMemory});
  }
  writeFileSync(values.out!, benchmarkMarkdown(await machine(startLoad), results));
  log(`written ${values.out}`);
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
