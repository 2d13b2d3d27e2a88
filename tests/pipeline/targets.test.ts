import {csvParse} from "d3";
import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {defaultTargets} from "../../loaders/indicators/defaultTargets.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {TooManyRejectedError} from "../../loaders/validate/TooManyRejectedError.ts";
import {writeExtract, type ExtractFixture} from "../support/writeExtract.ts";

// One village, one year (2021): 2 people at the start, one birth (a girl), nobody leaves.
// pop_start 2, pop_end 3, pop_avg 2.5, births 1 → birth_rate = 1 / 2.5 × 1000 = 400‰.
const extract: ExtractFixture = {
  meta: {register_start: "2021-01-01", extract_date: "2021-12-31"},
  villages: [{village_code: "V1", village_name: "东村"}],
  persons: [
    {person_id: "M", sex: "女", birth_date: "1995-01-01", hukou_type: "户籍"},
    {person_id: "F", sex: "男", birth_date: "1994-01-01", hukou_type: "户籍"},
    {person_id: "C", sex: "女", birth_date: "2021-04-04", hukou_type: "户籍", mother_id: "M"}
  ],
  residence: [
    {person_id: "M", village_code: "V1", start_date: "2021-01-01", start_reason: "期初"},
    {person_id: "F", village_code: "V1", start_date: "2021-01-01", start_reason: "期初"},
    {person_id: "C", village_code: "V1", start_date: "2021-04-04", start_reason: "出生"}
  ],
  targets: [
    {indicator: "birth_rate", op: "<=", value: 500, label: "出生率不高于500‰"},
    {indicator: "pop_end", op: "between", value: 1, value_high: 2},
    {indicator: "no_such_column", op: "<=", value: 1}, // row 3: rejected
    {indicator: "death_rate", op: "≥", value: "abc"}, // row 4: rejected
    {indicator: "birth_rate", op: "<=", value: 300, label: "出生率不高于300‰"} // row 5: a second target for birth_rate, rejected
  ]
};

describe("targets.csv", () => {
  test("runPipeline checks the extract's own targets for every village and year, and rejects bad target rows", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "targets-")), "out");
    // 3 of the 5 target rows are bad on purpose (each kind once): more than the default half, which
    // would stop the run (next test); allowed here, where each row's fate is the point.
    const {quality} = await runPipeline({input: writeExtract(extract), out, maxRejectedShare: 1});
    const checks = csvParse(csvTextFromFile(join(out, "target_checks.csv")));
    const row = (unit: string, indicator: string) => checks.find((c) => c.village_code === unit && c.indicator === indicator)!;
    // The file's targets, and the default target of every indicator it does not give one for.
    const defaultsKept = defaultTargets.filter((t) => t.indicator !== "birth_rate");
    const indicators = ["birth_rate", "pop_end", ...defaultsKept.map((t) => t.indicator)].sort();
    for (const unit of ["TOWN", "V1"]) expect(checks.filter((c) => c.village_code === unit && c.year === "2021").map((c) => c.indicator).sort()).toEqual(indicators);
    expect(row("V1", "multichild_out_of_policy_rate")).toMatchObject({op: "<=", value: "2.4", label: "政策外多孩率不高于2.4%"});
    expect(quality.notes).toContain(`targets.csv 未列出的指标使用默认目标:${defaultsKept.map((t) => t.label).join("、")}`);
    expect(row("V1", "birth_rate")).toMatchObject({status: "met", label: "出生率不高于500‰"});
    expect(Number(row("V1", "birth_rate").actual)).toBe(400);
    // pop_end 3 is above the band 1–2.
    const band = row("TOWN", "pop_end");
    expect(band).toMatchObject({op: "between", status: "not_met"});
    expect([band.value, band.value_high, band.actual].map(Number)).toEqual([1, 2, 3]);
    const file = quality.files.find((f) => f.table === "targets")!;
    expect([file.read, file.accepted, file.rejected]).toEqual([5, 2, 3]);
    const rejects = csvParse(csvTextFromFile(join(out, "rejects.csv"))).filter((r) => r.file === "targets.csv");
    expect(rejects.map((r) => [r.row, r.column, r.reason])).toEqual([["3", "indicator", "invalid_target"], ["4", "value", "invalid_target"], ["5", "indicator", "duplicate"]]);
    expect(rejects[0].message).toContain("no_such_column");
    // One verdict per village, year and indicator: the first target of birth_rate (≤ 500‰) is the one checked.
    expect(rejects[2].message).toContain("第1行");
  });

  test("runPipeline with a targets.csv of one row checks it and keeps the default target of every other indicator, and says which", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "targets-")), "out");
    const {quality} = await runPipeline({input: writeExtract({...extract, targets: [{indicator: "birth_rate", op: "<=", value: 500}]}), out});
    const town = csvParse(csvTextFromFile(join(out, "target_checks.csv"))).filter((c) => c.village_code === "TOWN");
    const byIndicator = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : 1);
    expect(town.map((c): [string, number] => [c.indicator, Number(c.value)]).sort(byIndicator))
      .toEqual([["birth_rate", 500] as [string, number], ...defaultTargets.slice(1).map((t): [string, number] => [t.indicator, t.value])].sort(byIndicator));
    expect(quality.notes.filter((n) => n.includes("默认目标"))).toEqual([`targets.csv 未列出的指标使用默认目标:${defaultTargets.slice(1).map((t) => t.label).join("、")}`]);
  });

  test("runPipeline stops with a TooManyRejectedError naming targets.csv when more than half its rows are rejected, outputs not written", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "targets-")), "out");
    const run = runPipeline({input: writeExtract(extract), out});
    await expect(run).rejects.toThrow(TooManyRejectedError);
    await expect(run).rejects.toMatchObject({file: "targets.csv", files: [{file: "targets.csv", read: 5, rejected: 3}]});
    await expect(run).rejects.toThrow("targets.csv:读入 5 行,拒绝 3 行(60%),超过允许的 50%");
    expect(existsSync(out)).toBe(false);
  });

  test("runPipeline without targets.csv checks the default targets and says so", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "targets-")), "out");
    const {quality} = await runPipeline({input: writeExtract({...extract, targets: undefined}), out});
    const indicators = new Set(csvParse(csvTextFromFile(join(out, "target_checks.csv"))).map((c) => c.indicator));
    expect([...indicators].sort()).toEqual([
      "birth_rate", "funding_per_capita", "multichild_out_of_policy_rate", "natural_growth_rate",
      "policy_compliance_rate", "prepregnancy_check_coverage_rate", "sex_ratio_at_birth"
    ]);
    // The note names every default target, so the quality page says what was checked.
    expect(quality.notes).toContain(`未提供目标文件 targets.csv,使用默认目标:${defaultTargets.map((t) => t.label).join("、")}`);
    expect(quality.notes.join(" ")).toContain("政策外多孩率不高于2.4%");
  });
});
