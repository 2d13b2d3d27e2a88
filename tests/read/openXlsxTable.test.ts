import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import ExcelJS from "exceljs";
// jszip comes with exceljs; used here only to rewrite an archive with another entry order.
import JSZip from "jszip";
import {afterEach, describe, expect, test} from "vitest";
import {openTable, tableSpec} from "../../loaders/read/index.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
import {collect, rejection, removeTempDirs, tempDir, writeIn} from "./helpers.ts";

const persons = tableSpec("persons");
const villages = tableSpec("villages");

afterEach(removeTempDirs);

/** A persons workbook: a hidden first sheet, then a sheet with a title row, merged cells, dates, numbers, a formula. */
async function personsWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const hidden = workbook.addWorksheet("说明", {state: "hidden"});
  hidden.addRow(["人员编号", "性别", "出生日期", "户籍类型"]);
  hidden.addRow(["HIDDEN", "男", "1900-01-01", "户籍"]);
  const sheet = workbook.addWorksheet("人员");
  sheet.addRow(["青山镇人员登记表"]);
  sheet.mergeCells("A1:F1");
  sheet.addRow([]);
  sheet.addRow([" 人员编号 ", "姓名", "性别", "出生日期", "户籍类型", "孩次", "备注"]);
  sheet.addRow([1001, {richText: [{text: "张"}, {text: "三"}]}, "男", new Date(Date.UTC(1990, 4, 17)), "户籍", 1, true]);
  sheet.addRow(["P2", "李四", "女", new Date(Date.UTC(1991, 0, 2, 15, 30)), "流动", {formula: "F4+1", result: 2}, {error: "#N/A"}]);
  sheet.addRow(["P3", "王五", "男", {formula: "D4+1", result: new Date(Date.UTC(1990, 4, 18))}, "户籍", 12.5, null]);
  sheet.getCell("D6").numFmt = "yyyy-mm-dd";
  sheet.addRow(["P4", "赵六", "女", "1992-02-03", "户籍"]);
  sheet.addRow(["P5", "钱七", "男", "１９９３－０３－０４", null]);
  sheet.mergeCells("E7:E8");
  sheet.addRow([]);
  sheet.addRow(["P6", "孙八", "男", new Date(Date.UTC(1994, 5, 6)), "户籍", 0.1 + 0.2]);
  await workbook.xlsx.writeFile(path);
}

describe("openTable(xlsx)", () => {
  test("openTable(xlsx) reads the first visible sheet below its title rows", async () => {
    const dir = await tempDir();
    const path = join(dir, "人员.xlsx");
    await personsWorkbook(path);
    const {header, rows} = await openTable(path, persons);
    expect(header).toEqual({
      file: "人员.xlsx",
      encoding: "xlsx",
      columns: ["person_id", "name", "sex", "birth_date", "hukou_type", "birth_order"],
      // As written (cleaned: the spaces around 人员编号 trimmed), for messages.
      headers: {person_id: "人员编号", name: "姓名", sex: "性别", birth_date: "出生日期", hukou_type: "户籍类型", birth_order: "孩次"},
      unknownColumns: ["备注"],
      headerRow: 3,
      sheet: "人员"
    });
    const all = await collect(rows);
    expect(all.map((r) => [r.row, r.line])).toEqual([[1, 4], [2, 5], [3, 6], [4, 7], [5, 8], [7, 10]]);
    expect(all[0]!.values).toEqual({
      person_id: "1001",
      name: "张三",
      sex: "男",
      birth_date: new Date("1990-05-17T00:00:00Z"),
      hukou_type: "户籍",
      birth_order: "1"
    });
  });

  test("openTable(xlsx) turns cells into text or UTC-midnight dates", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const all = await collect((await openTable(path, persons)).rows);
    // a date-time cell keeps its calendar day only
    expect(all[1]!.values.birth_date).toEqual(new Date("1991-01-02T00:00:00Z"));
    // a formula gives its cached result
    expect(all[1]!.values.birth_order).toBe("2");
    // a formula in a date-formatted cell gives a date
    expect(all[2]!.values.birth_date).toEqual(new Date("1990-05-18T00:00:00Z"));
    expect(all[2]!.values.birth_order).toBe("12.5");
    // text that looks like a date stays text; full-width digits are normalised
    expect(all[3]!.values.birth_date).toBe("1992-02-03");
    expect(all[4]!.values.birth_date).toBe("1993-03-04");
    // merged cells: the top-left cell has the value, the cell below it is empty
    expect(all[3]!.values.hukou_type).toBe("户籍");
    expect(all[4]!.values.hukou_type).toBe("");
    // … and is marked, so that validation can say why (the sheet shows it filled)
    expect(all[4]!.mergedColumns).toEqual(["hukou_type"]);
    expect(all[3]!.mergedColumns).toBeUndefined();
    // the title merged above the header covers no data row
    expect(all.filter((r) => r.mergedColumns).map((r) => r.values.person_id)).toEqual(["P5"]);
    // floating-point noise is rounded to what Excel shows
    expect(all[5]!.values.birth_order).toBe("0.3");
  });

  test("openTable(xlsx) marks the columns whose cell held a number (numberColumns), dates and text not included", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const all = await collect((await openTable(path, persons)).rows);
    // 1001 and 1 typed as numbers; a date cell and text are not numbers
    expect(all[0]!.numberColumns).toEqual(["person_id", "birth_order"]);
    // a formula whose cached result is a number; one whose result is a date is a date
    expect(all[1]!.numberColumns).toEqual(["birth_order"]);
    expect(all[2]!.numberColumns).toEqual(["birth_order"]);
    expect(all[3]!.numberColumns).toBeUndefined();
  });

  test("openTable(xlsx) reads booleans and error cells as text", async () => {
    const dir = await tempDir();
    const path = join(dir, "villages.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("村居");
    sheet.addRow(["村居代码", "村居名称", "类型"]);
    sheet.addRow(["V001", true, {error: "#N/A"}]);
    sheet.addRow([1.5e-7, 123456789012345, 1e21]);
    await workbook.xlsx.writeFile(path);
    const all = await collect((await openTable(path, villages)).rows);
    expect(all.map((r) => r.values)).toEqual([
      {village_code: "V001", village_name: "TRUE", village_type: "#N/A"},
      {village_code: "0.00000015", village_name: "123456789012345", village_type: "1000000000000000000000"}
    ]);
  });

  test("openTable(xlsx) reads the same rows when the archive order forces the whole-workbook reader", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    // Put shared strings and relationships first and the styles last: exceljs's streaming reader
    // would then parse the sheets before it knows which cells are dates.
    const original = await JSZip.loadAsync(await readFile(path));
    const names = Object.keys(original.files).filter((n) => !original.files[n]!.dir);
    const first = ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"];
    const order = [...first, ...names.filter((n) => !first.includes(n) && n !== "xl/styles.xml"), "xl/styles.xml"];
    const reordered = new JSZip();
    for (const name of order) reordered.file(name, await original.file(name)!.async("uint8array"));
    const reorderedPath = join(dir, "reordered.xlsx");
    await writeFile(reorderedPath, await reordered.generateAsync({type: "uint8array", compression: "DEFLATE"}));

    const expected = await collect((await openTable(path, persons)).rows);
    const {header, rows} = await openTable(reorderedPath, persons);
    expect(header.sheet).toBe("人员");
    expect(await collect(rows)).toEqual(expected);
    expect(expected[0]!.values.birth_date).toBeInstanceOf(Date);
  });

  test("openTable(xlsx) streams archives whose sheets come before or after the shared strings", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const expected = await collect((await openTable(path, persons)).rows);
    const original = await JSZip.loadAsync(await readFile(path));
    const names = Object.keys(original.files).filter((n) => !original.files[n]!.dir);
    const head = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
    const parts = ["xl/styles.xml", "xl/sharedStrings.xml"];
    const rest = names.filter((n) => !head.includes(n) && !parts.includes(n));
    // Excel's order (sheets parked in temporary files until the shared strings are read),
    // then every part before the sheets (sheets parsed as they stream in).
    for (const order of [[...head, ...rest, ...parts], [...head, ...parts, ...rest]]) {
      const zip = new JSZip();
      for (const name of order) zip.file(name, await original.file(name)!.async("uint8array"));
      const reorderedPath = join(dir, "reordered.xlsx");
      await writeFile(reorderedPath, await zip.generateAsync({type: "uint8array", compression: "DEFLATE"}));
      const {header, rows} = await openTable(reorderedPath, persons);
      expect(header.sheet).toBe("人员");
      expect(await collect(rows)).toEqual(expected);
    }
  });

  test("openTable(xlsx) reads dates of a workbook in the 1904 date system", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("人员");
    sheet.addRow(["人员编号", "性别", "出生日期", "户籍类型"]);
    sheet.addRow(["P1", "男", new Date(Date.UTC(1990, 4, 17)), "户籍"]);
    sheet.addRow(["P2", "男", {formula: "C2+1", result: new Date(Date.UTC(1990, 4, 18))}, "户籍"]);
    sheet.getCell("C3").numFmt = "yyyy-mm-dd";
    await workbook.xlsx.writeFile(path);
    const all = await collect((await openTable(path, persons)).rows);
    expect(all.map((r) => r.values.birth_date)).toEqual([new Date("1990-05-17T00:00:00Z"), new Date("1990-05-18T00:00:00Z")]);
  });

  test("openTable(xlsx) keeps the leading zeros a zeros-only number format shows on a code stored as a number", async () => {
    const dir = await tempDir();
    const path = join(dir, "villages.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("村居");
    sheet.addRow(["村居代码", "村居名称", "类型"]);
    sheet.addRow([1, "一村", "村"]);
    sheet.addRow([12, "十二村", "村"]);
    sheet.addRow([{formula: "A3+1", result: 13}, "十三村", "村"]);
    sheet.addRow([7, "七村", "村"]);
    sheet.addRow([1234, "长码村", "村"]);
    for (const cell of ["A2", "A3", "A4", "A6"]) sheet.getCell(cell).numFmt = "000";
    sheet.getCell("A5").numFmt = "0";
    await workbook.xlsx.writeFile(path);
    const all = await collect((await openTable(path, villages)).rows);
    // A wider number than the format keeps all its digits, as Excel shows it.
    expect(all.map((r) => r.values.village_code)).toEqual(["001", "012", "013", "7", "1234"]);
  });

  test("openTable(xlsx) lists the cells found when no row among the first ten has the required columns", async () => {
    const dir = await tempDir();
    const path = join(dir, "villages.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("村居");
    for (let i = 0; i < 10; i++) sheet.addRow([`标题 ${i}`]);
    sheet.addRow(["村居代码", "村居名称"]);
    sheet.addRow(["V001", "青山村"]);
    await workbook.xlsx.writeFile(path);
    const error = await rejection(openTable(path, villages));
    expect(error.message).toContain("villages.xlsx");
    expect(error.message).toContain('missing required column "village_code"');
    expect(error.message).toContain("headers found: 标题 0");
  });

  test("openTable(xlsx) rejects an empty worksheet and a zero-byte file as an empty file, as a CSV file is", async () => {
    const dir = await tempDir();
    const path = join(dir, "villages.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("村居");
    await workbook.xlsx.writeFile(path);
    const error = await rejection(openTable(path, villages));
    expect(error.message).toBe("villages.xlsx:文件是空的(工作表中没有内容) / villages.xlsx: empty file (empty worksheet)");
    const zero = await rejection(openTable(await writeIn(dir, "村居.xlsx", ""), villages));
    const csv = await rejection(openTable(await writeIn(dir, "村居.csv", ""), villages));
    expect(zero.message).toBe("村居.xlsx:文件是空的 / 村居.xlsx: empty file");
    expect(zero.message.replaceAll(".xlsx", ".csv")).toBe(csv.message);
  });

  test("openTable(xlsx) refuses a file over the size limit", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const error = await rejection(openTable(path, persons, {maxXlsxBytes: 1000}));
    expect(error.message).toContain("persons.xlsx");
    expect(error.message).toContain("file too large");
    expect(error.message).toMatch(/^persons\.xlsx:文件太大\([\d.]+ MiB,上限 [\d.]+ MiB\),请另存为 CSV \/ /);
  });

  test("openTable(xlsx) refuses an archive that declares a huge uncompressed size", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const bytes = await readFile(path);
    // Patch the central-directory entry of the first worksheet to declare 3.75 GiB.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    let at = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]));
    while (at >= 0 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name)) {
      at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1);
    }
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt32LE(0xf0000000, at + 24);
    await writeFile(path, bytes);
    const error = await rejection(openTable(path, persons));
    expect(error.message).toContain("over the 2048 MiB limit; refused");
    expect(fullWidthPunctuation(error.message)).toEqual([]);
  });

  test("openTable(xlsx) names an old .xls file saved under .xlsx, and a file that is not a workbook", async () => {
    const dir = await tempDir();
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const oleError = await rejection(openTable(await writeIn(dir, "人员.xlsx", ole), persons));
    expect(oleError.message).toContain("人员.xlsx");
    expect(oleError.message).toContain("old .xls or encrypted workbook");
    const textError = await rejection(openTable(await writeIn(dir, "村居.xlsx", "村居代码,村居名称\n"), villages));
    const binaryError = await rejection(openTable(await writeIn(dir, "服务.xlsx", Buffer.from([0x01, 0x00, 0xff, 0x00, 0x7f])), villages));
    expect(oleError.message).toBe(
      "人员.xlsx:这是旧版 .xls 或加密的工作簿,请另存为不加密的 .xlsx 或 .csv / 人员.xlsx: an old .xls or encrypted workbook; save it as an unencrypted .xlsx or .csv"
    );
    // CSV text under an .xlsx name is said to be one; other bytes are not a workbook.
    expect(textError.message).toBe(
      "村居.xlsx:这是文本文件(CSV?),不是 .xlsx 工作簿:是 CSV 的话请把扩展名改为 .csv / 村居.xlsx: this is a text file (CSV?), not an .xlsx workbook: if it is CSV, rename it to .csv"
    );
    expect(binaryError.message).toBe("服务.xlsx:不是有效的 .xlsx 文件 / 服务.xlsx: not a valid .xlsx file");
  });

  test("openTable(xlsx) turns a malformed worksheet or a cut archive into an ExtractError", async () => {
    const dir = await tempDir();
    const path = join(dir, "persons.xlsx");
    await personsWorkbook(path);
    const bytes = await readFile(path);
    const cut = await rejection(openTable(await writeIn(dir, "cut.xlsx", bytes.subarray(0, bytes.length >> 1)), persons));
    expect(cut.message).toContain("cut.xlsx: not a valid .xlsx file");
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/worksheets/sheet2.xml", '<?xml version="1.0"?><worksheet><sheetData><row r="1"><<<');
    const brokenPath = join(dir, "broken.xlsx");
    await writeFile(brokenPath, await zip.generateAsync({type: "uint8array", compression: "DEFLATE"}));
    const broken = await rejection(openTable(brokenPath, persons));
    expect(broken.message).toContain("broken.xlsx: cannot read the .xlsx file");
    expect(broken.message).toMatch(/^broken\.xlsx:无法读取 \.xlsx 文件:/);
  });

  test("openTable(xlsx) refuses a workbook whose every sheet is hidden", async () => {
    const dir = await tempDir();
    const path = join(dir, "villages.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("村居", {state: "hidden"}).addRow(["村居代码", "村居名称"]);
    await workbook.xlsx.writeFile(path);
    const error = await rejection(openTable(path, villages));
    expect(error.message).toBe("villages.xlsx:没有可见的工作表 / villages.xlsx: no visible worksheet");
  });

  test("openTable(xls) rejects the file type", async () => {
    const dir = await tempDir();
    const error = await rejection(openTable(await writeIn(dir, "persons.xls", "x"), persons));
    expect(error.message).toBe("persons.xls:文件类型不对,请另存为 .xlsx 或 .csv / persons.xls: wrong file type: save it as .xlsx or .csv");
  });
});
