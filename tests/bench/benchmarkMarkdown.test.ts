import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect, test} from "vitest";
import {benchmarkMarkdown} from "../../loaders/bench/benchmarkMarkdown.ts";
import {childJson} from "../../loaders/bench/childJson.ts";
import {ensureBenchData} from "../../loaders/bench/ensureBenchData.ts";
import {machine} from "../../loaders/bench/machine.ts";
import {pipelineRun, sameOutputs} from "../../loaders/bench/pipelineRun.ts";
import type {LowerBound} from "../../loaders/bench/types.ts";

const script = (name: string) => join(import.meta.dirname, "..", "..", "loaders", "bench", name);

test("benchmarkMarkdown(machine, results) writes a table row per stage and the memory bound for a tiny register timed by the bench's child processes", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-"));
  const data = await ensureBenchData(dataDir, {people: 1500, villages: 3, startYear: 2014, endYear: 2025, seed: 1});
  expect((await ensureBenchData(dataDir, {people: 1500, villages: 3, startYear: 2014, endYear: 2025, seed: 1})).seconds).toBe(0); // reused
  const spill = join(dataDir, "spill");
  const run = (out: string, memoryLimit: string) => pipelineRun({input: data.dir, out: join(dataDir, out), memoryLimit, spill});
  const {times: pipeline, spillMiB} = await run("out", "2GB");
  // the same register with less memory: the bench's memory-bound run, compared by manifest
  const {times: low, spillMiB: lowSpillMiB} = await run("out-low", "256MB");
  const same = sameOutputs(join(dataDir, "out-low"), join(dataDir, "out"));
  expect(same).toBe(true);
  expect(readdirSync(spill)).toEqual([]); // each run's spill folder is removed with it
  const lowerBound = await childJson<LowerBound>(script("lowerBoundCli.ts"), ["--input", data.dir]);
  expect(pipeline.stages.map((s) => s.stage)).toEqual(["read", "rules", "indicators", "targets", "projections", "outputs"]);
  expect(lowerBound.value.rows).toBe(pipeline.files.filter((f) => /^(persons|residence)/.test(f.file)).reduce((n, f) => n + f.read, 0));

  const markdown = benchmarkMarkdown(await machine(), [
    {people: 1500, villages: 3, inputBytes: 1, personRows: 1, residenceRows: 1, pipeline, spillMiB, lowerBound: lowerBound.value, site: [],
      lowMemory: {memoryLimit: "256MB", mainMemoryLimit: "2GB", seconds: low.seconds, peakRssMiB: low.peakRssMiB, spillMiB: lowSpillMiB, sameOutputs: same}}
  ]);
  expect(markdown).toContain("## Memory bound (1,500 people)");
  expect(markdown).toMatch(/\| 256MB \| [\d.]+ \| [\d,]+ \| \d+ \| byte-identical \|/);
  const stageRows = markdown.split("\n").filter((line) => line.startsWith("| 1,500 |"));
  // 6 stages, the total, the lower bound and DuckDB typing every cell
  expect(stageRows).toHaveLength(9 + 1 + 1); // + the summary row and the row of ratios by stage
  const ratios = stageRows.at(-1)!.split("|").slice(2, -1).map(Number);
  const total = pipeline.seconds / lowerBound.value.seconds;
  expect(ratios).toHaveLength(8);
  // typing every cell of every file takes longer than the lower bound's reading of two as text, and far less than the pipeline
  expect(lowerBound.value.typedReadSeconds).toBeGreaterThan(0);
  expect(Math.abs(ratios[7]! - lowerBound.value.typedReadSeconds / lowerBound.value.seconds)).toBeLessThanOrEqual(0.05 + 1e-9);
  expect(ratios[7]!).toBeLessThan(ratios[6]!);
  // the stages' ratios add up to (nearly: time between stages) the total's
  expect(ratios.slice(0, 6).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(ratios[6]! + 0.35);
  expect(Math.abs(ratios[6]! - total)).toBeLessThanOrEqual(0.05 + 1e-9);
  for (const line of markdown.split("\n").filter((l) => l.startsWith("|"))) {
    expect(line.endsWith("|")).toBe(true);
  }
  expect(markdown).toMatch(/\| ratio to the lower bound ≤ 3 \(1,500 people\) \| [\d.]+ \| \*\*(met|not met)\*\* \|/);
  expect(markdown).toContain(`Node ${process.version}`);
}, 120_000);
