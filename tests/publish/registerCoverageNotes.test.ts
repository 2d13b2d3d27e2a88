import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {generateSample} from "../../loaders/sample/generateSample.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {town} from "../hostile/town.ts";

const root = mkdtempSync(join(tmpdir(), "coverage-notes-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** A run of the pipeline on `input`: its output folder, quality.json's years without events and its notes about them. */
async function run(input: string) {
  const out = join(mkdtempSync(join(root, "out-")), "out");
  const {quality} = await runPipeline({input, out});
  return {out, quiet: quality.years_without_events, notes: quality.notes.filter((note) => note.includes("没有任何出生、死亡、迁入或迁出记录"))};
}

const caution = "没有任何出生、死亡、迁入或迁出记录";

describe("years without events (yearsWithoutEvents, registerCoverageNotes, the bulletin)", () => {
  const sample = join(root, "sample");
  beforeAll(async () => {
    await generateSample({people: 1500, out: sample, startYear: 2014, endYear: 2020});
  }, 60_000);

  test("runPipeline on a simulated town of 1,500 people finds no year without events, and no bulletin cautions", async () => {
    const {out, quiet, notes} = await run(sample);
    expect(quiet).toEqual([]);
    expect(notes).toEqual([]);
    for (const doc of Object.values(bulletinsFromFolder(out).bulletins)) expect(doc.lead).not.toContain(caution);
  }, 60_000);

  test("runPipeline on the same town with extract_date three years after its last change lists those years in quality.json, notes them and cautions in their bulletins", async () => {
    const meta = JSON.parse(readFileSync(join(sample, "extract.json"), "utf8"));
    expect(meta.extract_date).toBe("2020-12-31");
    writeFileSync(join(sample, "extract.json"), JSON.stringify({...meta, extract_date: "2023-12-31"}));
    const {out, quiet, notes} = await run(sample);
    writeFileSync(join(sample, "extract.json"), JSON.stringify(meta));
    expect(quiet.map((q) => q.year)).toEqual([2021, 2022, 2023]);
    // At the town's own rate a year of about 1,500 people has far more than ln 1000 ≈ 7 events.
    for (const q of quiet) expect(q.expected_events).toBeGreaterThan(7);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^2021、2022、2023年全部村居没有任何出生、死亡、迁入或迁出记录\(按登记各年的平均变动频率,预计分别约 \d+、\d+、\d+ 起\)/);
    expect(notes[0]).toContain("提取日期 2023-12-31 晚于登记实际更新到的日期");
    const {bulletins} = bulletinsFromFolder(out);
    for (const q of quiet) expect(bulletins[String(q.year)].lead).toContain(`登记资料中${q.year}年全镇${caution}(按登记各年的平均变动频率,约应有${Math.round(q.expected_events)}起)`);
    expect(bulletins["2020"].lead).not.toContain(caution);
  }, 60_000);

  test("runPipeline on a town of seven people with a year without events says nothing: four events in three years make a quiet year likely", async () => {
    const dir = join(root, "small-town");
    mkdirSync(dir);
    writeExtract({...town(), meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"}}, dir);
    const {quiet, notes} = await run(dir);
    expect(quiet).toEqual([]);
    expect(notes).toEqual([]);
  }, 60_000);
});
