import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {bulletinYears} from "../../loaders/bulletin/bulletinYears.ts";
import {bulletinYearsFromFolder} from "../../loaders/bulletin/bulletinYearsFromFolder.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {writeSmallTown} from "../support/smallTown.ts";

const root = mkdtempSync(join(tmpdir(), "bulletin-years-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("bulletinYears", () => {
  test("bulletinYears(villageYear) lists each year with a TOWN row once, latest first, and ignores years of villages alone", () => {
    const rows = [[2021, "TOWN"], [2021, "V1"], [2023, "TOWN"], [2022, "TOWN"], [2023, "V1"], [2024, "V1"]].map(([year, village_code]) => ({year: year as number, village_code: village_code as string}));
    expect(bulletinYears(rows)).toEqual([2023, 2022, 2021]);
    expect(bulletinYears([])).toEqual([]);
  });

  test("bulletinYearsFromFolder(dir) of a pipeline run gives the years bulletinsFromFolder(dir) writes bulletins for", async () => {
    const input = writeSmallTown();
    writeFileSync(join(input, "extract.json"), JSON.stringify({register_start: "2019-01-01", extract_date: "2020-12-31"}));
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
