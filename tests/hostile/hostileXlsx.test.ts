/**
 * Hostile XLSX input (issue 5): workbooks as an office saves them — a hidden first sheet, a merged
 * title row above the header, merged cells in the data, formulas, dates as date cells and as
 * serial numbers, numbers stored as text. Written with exceljs in the test, read by the real CLI.
 *
 * Decision (also in loaders/read/README.md): a merged range holds its value in its top-left cell
 * only; the cells it covers are empty. A required column merged over several rows (村居代码 typed
 * once for a group of people) therefore rejects the covered rows, each named in rejects.csv with
 * its row and column (必填项为空): nothing is guessed, nothing is counted in the wrong village.
 */
import ExcelJS from "exceljs";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";
import {expectAccounted, popEnd, readCsv, readQuality, rejectsFor} from "./outputs.ts";
import {runCli, stackTrace} from "./runCli.ts";
import {town, townPopEnd} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-xlsx-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A workbook whose first sheet is hidden and holds a decoy table with the same header. */
function workbookWithHiddenDecoy(header: string[], decoy: (string | number)[]): {workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet} {
  const workbook = new ExcelJS.Workbook();
  const hidden = workbook.addWorksheet("旧数据", {state: "hidden"});
  hidden.addRow(header);
  hidden.addRow(decoy);
  const sheet = workbook.addWorksheet("本期");
  // A title above the header, merged over the width of the table, and a blank row under it.
  sheet.addRow(["青石镇人口登记（2022年）"]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([]);
  sheet.addRow(header);
  return {workbook, sheet};
}

async function writeTownXlsx(dir: string, {mergeVillageCodes = false} = {}): Promise<void> {
  const t = town();
  writeExtract({villages: t.villages, meta: t.meta}, dir);

  // persons.xlsx: Chinese headers; person_id by formula; sex as the numbers 1/2; dates as date cells.
  const personHeader = ["人员编号", "姓名", "身份证号", "性别", "出生日期", "户籍类型", "母亲编号", "孩次", "政策符合"];
  const persons = workbookWithHiddenDecoy(personHeader, ["P99", "假人", "", "男", "1950-01-01", "户籍", "", "", ""]);
  for (const p of t.persons) {
    const row = persons.sheet.addRow([
      {formula: `"P"&${String(p.person_id).slice(1)}`, result: p.person_id},
      p.name,
      p.id_number,
      p.sex === "男" ? 1 : 2,
      dateCell(String(p.birth_date)),
      p.hukou_type,
      p.mother_id,
      p.birth_order === "" ? null : Number(p.birth_order),
      p.policy_compliant
    ]);
    row.getCell(5).numFmt = "yyyy/m/d";
  }
  if (mergeVillageCodes) {
    // An optional column merged too: P5's 政策符合 (是) over P6's row (sheet rows 8–9).
    persons.sheet.mergeCells(8, 9, 9, 9);
  }
  await persons.workbook.xlsx.writeFile(join(dir, "persons.xlsx"));

  // residence.xlsx: start dates by formula (=DATE(…), a date-formatted cached result) or as a date
  // cell; end dates as plain serial numbers (a column whose format was lost).
  const residenceHeader = ["person_id", "village_code", "start_date", "start_reason", "end_date", "end_reason"];
  const residence = workbookWithHiddenDecoy(residenceHeader, ["P99", "V1", "2020-01-01", "期初", "", ""]);
  const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
  // Sorted by village so that one merged cell can cover a village's rows.
  const spells = [...t.residence].sort((a, b) => String(a.village_code).localeCompare(String(b.village_code)));
  for (const [i, r] of spells.entries()) {
    const start = String(r.start_date);
    const [y, m, d] = start.split("-").map(Number);
    const row = residence.sheet.addRow([
      r.person_id,
      r.village_code,
      i % 2 === 0 ? {formula: `DATE(${y},${m},${d})`, result: dateCell(start)} : dateCell(start),
      r.start_reason,
      r.end_date === "" ? null : serial(String(r.end_date)),
      r.end_reason
    ]);
    row.getCell(3).numFmt = "yyyy-mm-dd";
  }
  if (mergeVillageCodes) {
    // V1's rows come first, right under the header (sheet row 3): merge its village_code cells.
    const v1 = spells.filter((r) => r.village_code === "V1").length;
    residence.sheet.mergeCells(4, 2, 3 + v1, 2);
  }
  await residence.workbook.xlsx.writeFile(join(dir, "residence.xlsx"));

  // services.xlsx: numbers stored as text, a total by formula.
  const services = new ExcelJS.Workbook();
  const sheet = services.addWorksheet("项目服务");
  sheet.addRow(["年份", "村居代码", "项目", "应服务人数", "已服务人数"]);
  sheet.addRow(["2021", "V1", "免费孕前优生健康检查", "10", {formula: "4+4", result: 8}]);
  sheet.addRow([2022, "V2", "孕产妇健康管理", 4, "４"]);
  await services.xlsx.writeFile(join(dir, "services.xlsx"));
}

describe("hostile XLSX input", () => {
  test("cli on workbooks with a hidden first sheet, a merged title row, formulas, serial dates and numbers as text reads the visible table", async () => {
    const input = join(root, "plain");
    mkdirSync(input);
    await writeTownXlsx(input);
    const out = join(root, "plain-out");
    const result = await runCli(["--input", input, "--out", out, "--quiet"]);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.code, result.stderr).toBe(0);
    expectAccounted(out);
    const q = readQuality(out);
    expect(q.rejects_by_reason).toEqual([]);
    // The decoy P99 of the hidden sheets was not read.
    expect(q.files.find((f) => f.file === "persons.xlsx")).toMatchObject({encoding: "xlsx", read: town().persons.length});
    expect(q.warnings_by_reason.filter((w) => w.reason.startsWith("id_number"))).toEqual([]);
    for (const [year, n] of Object.entries(townPopEnd.TOWN)) expect(popEnd(out, Number(year), "TOWN"), `TOWN ${year}`).toBe(n);
    expect(popEnd(out, 2022, "V1")).toBe(townPopEnd.V1[2022]);
    const services = readCsv(join(out, "services.csv")).filter((r) => r.village_code !== "TOWN");
    expect(services.map((r) => [r.year, r.village_code, Number(r.eligible), Number(r.served)])).toEqual([
      ["2021", "V1", 10, 8],
      ["2022", "V2", 4, 4]
    ]);
  });

  test("cli on a workbook cut in half, or empty, stops naming the file, with nothing written", async () => {
    for (const cut of [(bytes: Buffer) => bytes.subarray(0, bytes.length >> 1), () => Buffer.alloc(0)]) {
      const input = mkdtempSync(join(root, "cut-"));
      await writeTownXlsx(input);
      writeFileSync(join(input, "persons.xlsx"), cut(readFileSync(join(input, "persons.xlsx"))));
      const out = join(input, "..", `${input.split("/").at(-1)}-out`);
      const result = await runCli(["--input", input, "--out", out, "--quiet"]);
      expect(result.timedOut).toBe(false);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(stackTrace);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain("persons.xlsx");
      expect(existsSync(out)).toBe(false);
    }
  });

  test("cli on a village_code merged over a village's rows rejects the covered rows, naming each row and the column", async () => {
    const input = join(root, "merged");
    mkdirSync(input);
    await writeTownXlsx(input, {mergeVillageCodes: true});
    const out = join(root, "merged-out");
    const result = await runCli(["--input", input, "--out", out, "--quiet"]);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.code, result.stderr).toBe(0);
    expectAccounted(out);
    const v1 = town().residence.filter((r) => r.village_code === "V1").length;
    // Rows 2 … v1 (the top-left cell, row 1, keeps the value), rejected for the real cause: the
    // sheet shows the code there, but the file holds it only in the merged range's first cell.
    const quality = readQuality(out);
    expect(rejectsFor(quality, "residence.xlsx", "merged_cell")?.rows).toEqual(Array.from({length: v1 - 1}, (_, i) => i + 2));
    expect(rejectsFor(quality, "residence.xlsx", "required")).toBeUndefined();
    expect(new Set(readCsv(join(out, "rejects.csv")).filter((r) => r.reason === "merged_cell").map((r) => r.column))).toEqual(new Set(["village_code"]));
    // A merged optional cell is read as empty: the row is accepted, with a warning naming row and column.
    const mergedWarning = quality.warnings_by_reason.find((r) => r.file === "persons.xlsx" && r.reason === "merged_cell");
    expect(mergedWarning?.rows).toEqual([6]);
    expect(mergedWarning?.message).toContain("合并单元格");
    expect(rejectsFor(quality, "persons.xlsx", "merged_cell")).toBeUndefined();
    // Nothing counted elsewhere: V2 is unchanged, and only V1's first spell counts in V1.
    expect(popEnd(out, 2022, "V2")).toBe(townPopEnd.V2[2022]);
  });
});
