import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {town} from "../hostile/town.ts";

const root = mkdtempSync(join(tmpdir(), "coverage-notes-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** The notes of quality.json about years without events after a run of the pipeline on `input`. */
async function quietYearNotes(input: string): Promise<string[]> {
  const {quality} = await runPipeline({input, out: join(mkdtempSync(join(root, "out-")), "out")});
  return quality.notes.filter((note) => note.includes("没有任何出生、死亡、迁入或迁出记录"));
}

describe("registerCoverageNotes", () => {
  const sample = join(root, "sample");
  beforeAll(async () => {
    await generateSample({people: 1500, out: sample, startYear: 2014, endYear: 2020});
  }, 60_000);

  test("runPipeline on a simulated town of 1,500 people notes no year without events", async () => {
    expect(await quietYearNotes(sample)).toEqual([]);
  }, 60_000);

  test("runPipeline on the same town with extract_date three years after its last change notes those three years and the events expected", async () => {
    const meta = JSON.parse(readFileSync(join(sample, "extract.json"), "utf8"));
    expect(meta.extract_date).toBe("2020-12-31");
    writeFileSync(join(sample, "extract.json"), JSON.stringify({...meta, extract_date: "2023-12-31"}));
    const notes = await quietYearNotes(sample);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^2021、2022、2023年全部村居没有任何出生、死亡、迁入或迁出记录\(按登记各年的平均变动频率,预计分别约 \d+、\d+、\d+ 起\)/);
    expect(notes[0]).toContain("提取日期 2023-12-31 晚于登记实际更新到的日期");
    // At the town's own rate a year of about 1,500 people has far more than ln 1000 ≈ 7 events.
    for (const expected of notes[0].match(/约 ([\d、]+) 起/)![1].split("、")) expect(Number(expected)).toBeGreaterThan(7);
    writeFileSync(join(sample, "extract.json"), JSON.stringify(meta));
  }, 60_000);

  test("runPipeline on a town of seven people with a year without events says nothing: four events in three years make a quiet year likely", async () => {
    const dir = join(root, "small-town");
    mkdirSync(dir);
    writeExtract({...town(), meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"}}, dir);
    expect(await quietYearNotes(dir)).toEqual([]);
  }, 60_000);
});
