import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {bulletinYears} from "../../loaders/bulletin/bulletinYears.ts";
import {bulletinYearsFromFolder} from "../../loaders/bulletin/bulletinYearsFromFolder.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {writeExtract} from "../support/writeExtract.ts";

const root = mkdtempSync(join(tmpdir(), "bulletin-years-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("bulletinYears", () => {
  test("bulletinYears(villageYear) lists each year with a TOWN row once, latest first, and ignores years of villages alone", () => {
    const rows = [[2021, "TOWN"], [2021, "V1"], [2023, "TOWN"], [2022, "TOWN"], [2023, "V1"], [2024, "V1"]].map(([year, village_code]) => ({year: year as number, village_code: village_code as string}));
    expect(bulletinYears(rows)).toEqual([2023, 2022, 2021]);
    expect(bulletinYears([])).toEqual([]);
  });

  test("bulletinYearsFromFolder(dir) of a pipeline run gives the years bulletinsFromFolder(dir) writes bulletins for", async () => {
    // A town of two whole years (2019 and 2020): everyone is there from the register's first day.
    const input = writeExtract({
      meta: {register_start: "2019-01-01", extract_date: "2020-12-31"},
      villages: [{village_code: "V1", village_name: "东村"}],
      persons: ["A", "B"].map((person_id) => ({person_id, sex: "女", birth_date: "1980-01-01", hukou_type: "户籍"})),
      residence: ["A", "B"].map((person_id) => ({person_id, village_code: "V1", start_date: "2019-01-01", start_reason: "期初"}))
    });
    const out = join(root, "out");
    await runPipeline({input, out});
    rmSync(input, {recursive: true, force: true});
    const years = bulletinYearsFromFolder(out);
    // The calendar years whole between register_start and extract_date.
    expect(years).toEqual([2020, 2019]);
    expect(years).toEqual(bulletinsFromFolder(out).years);
  }, 60_000);

  test("bulletinYearsFromFolder(dir) throws naming village_year.csv when the folder has none", () => {
    expect(() => bulletinYearsFromFolder(join(root, "empty"))).toThrow(`找不到 ${join(root, "empty", "village_year.csv")}`);
  });
});
