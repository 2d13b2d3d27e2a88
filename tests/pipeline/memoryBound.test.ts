import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ensureBenchData} from "../../loaders/bench/ensureBenchData.ts";
import {withPeakFolderMiB} from "../../loaders/bench/peakFolderMiB.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {MemoryLimitError} from "../../loaders/store/memoryLimit.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "memory-bound-"));

describe("memory bound", () => {
  // 100,000 people in 5 villages hold more than 64MB in DuckDB: some of it must go to disk.
  test("runPipeline(options) spills beyond memoryLimit into tempDirectory, leaves it empty, and publishes the same files as with 2GB", async () => {
    const data = await ensureBenchData(scratch(), {people: 100_000, villages: 5, startYear: 2014, endYear: 2025, seed: 1});
    const spill = scratch();
    const low = join(scratch(), "out");
    const {peakMiB} = await withPeakFolderMiB(spill, () => runPipeline({input: data.dir, out: low, memoryLimit: "64MB", tempDirectory: spill}), 20);
    expect(peakMiB).toBeGreaterThan(1);
    expect(readdirSync(spill)).toEqual([]);
    const roomy = join(scratch(), "out");
    await runPipeline({input: data.dir, out: roomy, memoryLimit: "2GB"});
    // manifest.json lists every output with its SHA-256
    expect(readFileSync(join(low, "manifest.json"), "utf8")).toBe(readFileSync(join(roomy, "manifest.json"), "utf8"));
  }, 180_000);

  test("runPipeline(options) with a memoryLimit too small for the extract throws a MemoryLimitError naming the limit, previous outputs intact", async () => {
    const data = await ensureBenchData(scratch(), {people: 2000, villages: 2, startYear: 2014, endYear: 2025, seed: 1});
    const out = join(scratch(), "out");
    mkdirSync(out);
    writeFileSync(join(out, "village_year.csv"), "previous results\n");
    const error = await runPipeline({input: data.dir, out, memoryLimit: "1MB"}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemoryLimitError);
    expect((error as Error).message).toContain("--memory-limit");
    expect((error as Error).message).toContain("1MB");
    expect(readFileSync(join(out, "village_year.csv"), "utf8")).toBe("previous results\n");
  }, 60_000);
});
