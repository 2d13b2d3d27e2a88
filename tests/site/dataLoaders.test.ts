import {spawnSync} from "node:child_process";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {stackTrace} from "../hostile/runCli.ts";
import {popEndByVillage, writeSmallTown} from "../support/smallTown.ts";

const projectDir = join(import.meta.dirname, "..", "..");

/** Runs one of the site's data loaders as Framework does: a process whose stdout is the file. */
function runLoader(loader: string, env: Record<string, string>) {
  const {POP_PIPELINE_OUTPUTS: _ready, POP_MIN_CELL: _minCell, POP_MAX_REJECTED_SHARE: _share, ...base} = process.env;
  return spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), [join("src", "data", loader)], {
    cwd: projectDir,
    env: {...base, ...env},
    encoding: "utf8"
  });
}

describe("site data loaders", () => {
  test("src/data/village_year.csv.ts with POP_MIN_CELL=2 prints the village_year of POP_DATA_DIR with counts below 2 blank", () => {
    const extract = writeSmallTown();
    const full = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract});
    expect(full.status, full.stderr).toBe(0);
    expect(popEndByVillage(full.stdout)).toEqual({TOWN: "4", V1: "3", V2: "1"});
    const suppressed = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract, POP_MIN_CELL: "2"});
    expect(suppressed.status, suppressed.stderr).toBe(0);
    // V2's 1 is below 2; V1's 3 goes too, or TOWN − V1 would give V2 back (complementary suppression); and TOWN's
    // 4 too: its men (0) are blanked, and pop_end − pop_end_female would give them back (pop_end ranks first of the two).
    expect(popEndByVillage(suppressed.stdout)).toEqual({TOWN: "", V1: "", V2: ""});
  }, 60_000);

  test("src/data/manifest.json.ts and bulletin.json.ts with POP_MIN_CELL=2 record the setting and the bulletin says blanks may be withheld", () => {
    const extract = writeSmallTown();
    const manifest = runLoader("manifest.json.ts", {POP_DATA_DIR: extract, POP_MIN_CELL: "2"});
    expect(manifest.status, manifest.stderr).toBe(0);
    expect(JSON.parse(manifest.stdout).settings).toEqual({min_cell: 2, max_rejected_share: 0.5, bulletin: {issuer: null, release_dates: {}}});
    const bulletin = runLoader("bulletin.json.ts", {POP_DATA_DIR: extract, POP_MIN_CELL: "2"});
    expect(bulletin.status, bulletin.stderr).toBe(0);
    const {years, bulletins} = JSON.parse(bulletin.stdout);
    expect(bulletins[String(years[0])].lead).toContain("少于2人的人数及由其算出的比率不予公布");
    const full = runLoader("bulletin.json.ts", {POP_DATA_DIR: extract});
    expect(full.status, full.stderr).toBe(0);
    expect(full.stdout).not.toContain("不予公布");
  }, 60_000);

  test("src/data/bulletin.json.ts prints extract.json's bulletin issuer, and the release date of the year given one, written 2021年3月5日", () => {
    const extract = writeSmallTown();
    const meta = {register_start: "2020-01-01", extract_date: "2020-12-31", bulletin: {issuer: "测试镇人口和计划生育办公室", release_dates: {"2020": "2021-03-05"}}};
    writeFileSync(join(extract, "extract.json"), JSON.stringify(meta));
    const bulletin = runLoader("bulletin.json.ts", {POP_DATA_DIR: extract});
    expect(bulletin.status, bulletin.stderr).toBe(0);
    const doc = JSON.parse(bulletin.stdout).bulletins["2020"];
    expect(doc.issuer).toBe("测试镇人口和计划生育办公室");
    expect(doc.releaseLine).toBe("测试镇人口和计划生育办公室 2021年3月5日");
  }, 60_000);

  test("src/data/village_year.csv.ts on an unusable extract or POP_MIN_CELL stops with one message naming the problem, no stack trace", () => {
    const extract = writeSmallTown();
    writeFileSync(join(extract, "persons.csv"), "person_id,sex,hukou_type\nA,女,户籍\n");
    const broken = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract});
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).not.toMatch(stackTrace);
    expect(broken.stderr).toContain("persons.csv");
    expect(broken.stderr).toContain("birth_date");

    const badSetting = runLoader("village_year.csv.ts", {POP_DATA_DIR: writeSmallTown(), POP_MIN_CELL: "five"});
    expect(badSetting.status).toBe(1);
    expect(badSetting.stderr).not.toMatch(stackTrace);
    expect(badSetting.stderr.trim().split("\n")).toEqual(["POP_MIN_CELL 应为非负整数 / must be a whole number ≥ 0: five"]);
  }, 60_000);

  test("src/data/village_year.csv.ts on a persons file with 3 of 4 rows rejected stops; POP_MAX_REJECTED_SHARE=0.8 lets it through", () => {
    const extract = writeSmallTown();
    writeFileSync(join(extract, "persons.csv"), "person_id,sex,birth_date,hukou_type\nA,女,1980-01-01,户籍\nB,X,1980-01-01,户籍\nC,X,1980-01-01,户籍\nD,X,1980-01-01,户籍\n");
    const stopped = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract});
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toBe("");
    expect(stopped.stderr).not.toMatch(stackTrace);
    expect(stopped.stderr).toContain("persons.csv:读入 4 行,拒绝 3 行(75%),超过允许的 50%");
    const allowed = runLoader("village_year.csv.ts", {POP_DATA_DIR: extract, POP_MAX_REJECTED_SHARE: "0.8"});
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(popEndByVillage(allowed.stdout)).toEqual({TOWN: "1", V1: "1", V2: "0"});
  }, 60_000);
});
