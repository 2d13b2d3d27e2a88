import {csvParse} from "d3";
import ExcelJS from "exceljs";
import {execFile} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {tableSpec} from "../../loaders/read/extractFormat.ts";
import {writeExtract, type ExtractFixture} from "../support/writeExtract.ts";

const run = promisify(execFile);

// Dates on both sides of New Year and of the register's start, where a day lost or gained to a time
// zone would move a birth, a death or a spell into another year.
const register: ExtractFixture = {
  meta: {region: "时区镇", register_start: "2020-01-01", extract_date: "2022-12-31"},
  villages: [{village_code: "V1", village_name: "东村"}, {village_code: "V2", village_name: "西村"}],
  persons: [
    {person_id: "M1", sex: "女", birth_date: "1991-01-01", hukou_type: "户籍"},
    {person_id: "M2", sex: "女", birth_date: "1995-12-31", hukou_type: "流动"},
    {person_id: "B1", sex: "男", birth_date: "2020-12-31", hukou_type: "户籍", mother_id: "M1", birth_order: 1, policy_compliant: "是"},
    {person_id: "B2", sex: "女", birth_date: "2021-01-01", hukou_type: "户籍", mother_id: "M2", birth_order: 1, policy_compliant: "是"},
    {person_id: "D1", sex: "男", birth_date: "1930-06-30", hukou_type: "户籍"}
  ],
  residence: [
    {person_id: "M1", village_code: "V1", start_date: "2020-01-01", start_reason: "期初"},
    {person_id: "M2", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-12-31", end_reason: "迁出"},
    {person_id: "M2", village_code: "V2", start_date: "2021-12-31", start_reason: "迁入"},
    {person_id: "B1", village_code: "V1", start_date: "2020-12-31", start_reason: "出生"},
    {person_id: "B2", village_code: "V1", start_date: "2021-01-01", start_reason: "出生", end_date: "2022-01-01", end_reason: "迁出"},
    {person_id: "D1", village_code: "V2", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-01-01", end_reason: "死亡"}
  ]
};
const dateColumns = new Set(["birth_date", "start_date", "end_date"]);

/** The register as XLSX files whose dates are date cells (Excel serial days), as an office's spreadsheet holds them. */
async function writeXlsxExtract(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tz-xlsx-"));
  for (const table of ["villages", "persons", "residence"] as const) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(table);
    const columns = tableSpec(table).columns;
    sheet.addRow(columns.map((c) => c.name));
    for (const row of register[table]!) {
      sheet.addRow(columns.map((c) => {
        const value = row[c.name];
        if (value === undefined || value === "") return null;
        return dateColumns.has(c.name) ? new Date(`${value}T00:00:00Z`) : value;
      }));
    }
    await workbook.xlsx.writeFile(join(dir, `${table}.xlsx`));
  }
  writeFileSync(join(dir, "extract.json"), JSON.stringify(register.meta));
  return dir;
}

/** Runs the pipeline's CLI in a child process with the given time zone and locale; returns the output folder. */
async function pipelineIn(input: string, timeZone: string, locale: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "tz-out-")), "out");
  await run(join("node_modules", ".bin", "tsx"), ["loaders/cli.ts", "--input", input, "--out", out],
    {encoding: "utf8", env: {...process.env, TZ: timeZone, LANG: locale, LC_ALL: locale}});
  return out;
}

function expectSameFiles(a: string, b: string) {
  const files = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(files);
  expect(files).toEqual(expect.arrayContaining(["village_year.csv", "age_sex.parquet", "projections.csv", "manifest.json"]));
  for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
}

// An office's machine may be set to any zone: its outputs must not depend on it. The two zones are
// the farthest apart there are (UTC−11 and UTC+14), so a local-time date anywhere moves a day.
describe("time zones", () => {
  test("the pipeline CLI writes byte-identical outputs from a CSV extract in UTC−11 and UTC+14, whatever the locale", async () => {
    const input = writeExtract(register);
    const [west, east] = await Promise.all([pipelineIn(input, "Pacific/Pago_Pago", "C"), pipelineIn(input, "Pacific/Kiritimati", "zh_CN.UTF-8")]);
    expectSameFiles(west, east);
    // The births of 31 December and 1 January stay in their years.
    const villageYear = csvParse(csvTextFromFile(join(west, "village_year.csv")));
    const births = (year: string) => villageYear.find((row) => row.year === year && row.village_code === "TOWN")!.births;
    expect([births("2020"), births("2021")]).toEqual(["1", "1"]);
  }, 120_000);

  test("the pipeline CLI reads XLSX date cells as the same days in UTC−11 and UTC+14, and as the CSV's days", async () => {
    const input = await writeXlsxExtract();
    const [west, east] = await Promise.all([pipelineIn(input, "Pacific/Pago_Pago", "C"), pipelineIn(input, "Pacific/Kiritimati", "zh_CN.UTF-8")]);
    expectSameFiles(west, east);
    const fromCsv = await pipelineIn(writeExtract(register), "UTC", "C");
    expect(readFileSync(join(west, "village_year.csv"), "utf8")).toBe(readFileSync(join(fromCsv, "village_year.csv"), "utf8"));
  }, 120_000);
});
