import {spawnSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";

const projectDir = join(import.meta.dirname, "..", "..");
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

/** Runs one of the site's data loaders as Framework does: a process whose stdout is the file. */
function runLoader(loader: string, env: Record<string, string>) {
  const {POP_PIPELINE_OUTPUTS: _ready, POP_MIN_CELL: _minCell, ...base} = process.env;
  return spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), [join("src", "data", loader)], {
    cwd: projectDir,
    env: {...base, ...env},
    encoding: "utf8"
  });
}

// Two villages of 3 and 1 people: the 1 is below a min-cell of 2.
function smallTown(): string {
  return writeExtract({
    meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
    villages: [{village_code: "V1", village_name: "东村"}, {village_code: "V2", village_name: "西村"}],
    persons: ["A", "B", "C", "D"].map((person_id) => ({person_id, sex: "女", birth_date: "1980-01-01", hukou_type: "户籍"})),
    residence: ["A", "B", "C", "D"].map((person_id, i) => ({person_id, village_code: i < 3 ? "V1" : "V2", start_date: "2020-01-01", start_reason: "期初"}))
  });
}

const popEnd = (csv: string) => Object.fromEntries(csvParse(csv).map((r) => [r.village_code, r.pop_end]));

describe("site data loaders", () => {
  test("src/data/village_year.csv.ts with POP_MIN_CELL=2 prints the village_year of POP_DATA_DIR with counts below 2 blank", () => {
    const extract = smallTown();
    const full = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract});
    expect(full.status, full.stderr).toBe(0);
    expect(popEnd(full.stdout)).toEqual({TOWN: "4", V1: "3", V2: "1"});
    const suppressed = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract, POP_MIN_CELL: "2"});
    expect(suppressed.status, suppressed.stderr).toBe(0);
    expect(popEnd(suppressed.stdout)).toEqual({TOWN: "4", V1: "3", V2: ""});
  }, 60_000);

  test("src/data/village_year.csv.ts on an unusable extract or POP_MIN_CELL stops with one message naming the problem, no stack trace", () => {
    const extract = smallTown();
    writeFileSync(join(extract, "persons.csv"), "person_id,sex,hukou_type\nA,女,户籍\n");
    const broken = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract});
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).not.toMatch(stackTrace);
    expect(broken.stderr).toContain("persons.csv");
    expect(broken.stderr).toContain("birth_date");

    const badSetting = runLoader("village_year.csv.ts", {POP_DATA_DIR: smallTown(), POP_MIN_CELL: "five"});
    expect(badSetting.status).toBe(1);
    expect(badSetting.stderr).not.toMatch(stackTrace);
    expect(badSetting.stderr.trim().split("\n")).toEqual(["POP_MIN_CELL 应为非负整数 / must be a whole number ≥ 0: five"]);
  }, 60_000);
});
