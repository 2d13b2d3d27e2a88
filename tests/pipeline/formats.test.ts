import ExcelJS from "exceljs";
import {csvFormat} from "d3";
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tableSpec, type TableName} from "../../loaders/read/extractFormat.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {writeExtract, type ExtractFixture, type Rows} from "../support/writeExtract.ts";

// One small register, to be written in every form the extract format accepts.
const register: ExtractFixture = {
  meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"},
  villages: [
    {village_code: "V1", village_name: "东村", village_type: "村"},
    {village_code: "V2", village_name: "西社区", village_type: "社区"}
  ],
  persons: [
    {person_id: "A1", name: "𠀀䶮", sex: "女", birth_date: "1990-02-28", hukou_type: "户籍"},
    {person_id: "A2", name: "李四", sex: "男", birth_date: "1988-12-31", hukou_type: "流动"},
    {person_id: "A3", sex: "女", birth_date: "2021-06-01", hukou_type: "户籍", mother_id: "A1", birth_order: 1, policy_compliant: "是"},
    {person_id: "A4", sex: "男", birth_date: "1940-01-01", hukou_type: "户籍"}
  ],
  residence: [
    {person_id: "A1", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-03-01", end_reason: "迁出"},
    {person_id: "A1", village_code: "V2", start_date: "2021-03-01", start_reason: "迁入"},
    {person_id: "A2", village_code: "V2", start_date: "2020-05-05", start_reason: "迁入"},
    {person_id: "A3", village_code: "V2", start_date: "2021-06-01", start_reason: "出生"},
    {person_id: "A4", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2022-07-07", end_reason: "死亡"}
  ],
  services: [{year: 2021, village_code: "V2", project: "免费孕前优生健康检查", eligible: 4, served: 3}],
  funding: [{year: 2021, village_code: "", source: "镇级财政", item: "宣传", amount_yuan: 300}]
};
const tables = ["villages", "persons", "residence", "services", "funding"] as const;
const dateColumns = new Set(["birth_date", "start_date", "end_date"]);

/** Rows with Chinese headers, every column of the table present. */
function chineseRows(table: TableName, rows: Rows) {
  const spec = tableSpec(table);
  return rows.map((row) => Object.fromEntries(spec.columns.map((c) => [c.zh, row[c.name] ?? ""])));
}

function newDir() {
  return mkdtempSync(join(tmpdir(), "formats-"));
}

async function villageYear(input: string): Promise<string> {
  const out = join(newDir(), "out");
  const {quality} = await runPipeline({input, out});
  for (const file of quality.files) expect(file.rejected, file.file).toBe(0);
  return readFileSync(join(out, "village_year.csv"), "utf8");
}

describe("extract formats", () => {
  test("runPipeline gives the same village_year for GB18030 CSV with Chinese headers and Chinese file names", async () => {
    const reference = await villageYear(writeExtract(register));
    const dir = newDir();
    for (const table of tables) {
      const utf8 = csvFormat(chineseRows(table, register[table]!));
      // glibc's iconv: Node can decode GB18030 but has no encoder for it.
      const gb18030 = execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], {input: utf8});
      writeFileSync(join(dir, `${tableSpec(table).stems[1]}.csv`), gb18030);
    }
    writeFileSync(join(dir, "extract.json"), JSON.stringify(register.meta));
    expect(await villageYear(dir)).toBe(reference);
  });

  test("runPipeline gives the same village_year for XLSX files with date cells, numbers and a title row", async () => {
    const reference = await villageYear(writeExtract(register));
    const dir = newDir();
    for (const table of tables) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(table);
      const spec = tableSpec(table);
      sheet.addRow([`${register.meta!.region}${spec.zh}表`]); // a title row above the header
      sheet.addRow(spec.columns.map((c) => c.zh));
      for (const row of register[table]!) {
        sheet.addRow(spec.columns.map((c) => {
          const value = row[c.name];
          if (value === undefined || value === "") return null;
          if (dateColumns.has(c.name)) return new Date(`${value}T00:00:00Z`);
          return value;
        }));
      }
      await workbook.xlsx.writeFile(join(dir, `${table}.xlsx`));
    }
    writeFileSync(join(dir, "extract.json"), JSON.stringify(register.meta));
    expect(await villageYear(dir)).toBe(reference);
  });

  test("runPipeline gives the same village_year for semicolon-delimited UTF-8 with BOM and odd header case", async () => {
    const reference = await villageYear(writeExtract(register));
    const dir = newDir();
    for (const table of tables) {
      const rows = register[table]!;
      const columns = tableSpec(table).columns.map((c) => c.name);
      const text = [columns.map((c) => `  ${c.toUpperCase()} `).join(";"), ...rows.map((r) => columns.map((c) => r[c] ?? "").join(";"))].join("\r\n");
      writeFileSync(join(dir, `${table[0].toUpperCase()}${table.slice(1)}.CSV`), "\uFEFF" + text + "\r\n");
    }
    writeFileSync(join(dir, "extract.json"), JSON.stringify(register.meta));
    expect(await villageYear(dir)).toBe(reference);
  });
});
