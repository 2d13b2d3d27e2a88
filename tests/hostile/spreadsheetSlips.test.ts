/**
 * What spreadsheets and office PCs do to a register that the rest of the hostile suite does not
 * cover (issue 5, second pass): codes Excel turned into numbers in scientific notation, a year typed
 * alone in a date column, a workbook with two tables, a file whose content is not its extension,
 * NUL bytes, a header cell with a line break, mixed line endings, Excel's Unicode text (UTF-16), a header
 * row repeated mid-file or mid-sheet. Each case is a real
 * extract read by the real CLI: it is read right, or refused with one message naming the file
 * (and the row and column where there is one), never counted silently wrong.
 */
import ExcelJS from "exceljs";
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";
import {expectAccepted, expectCliRefuses, expectTownNumbers, readCsv, readQuality, rejectsFor} from "./outputs.ts";
import {runCli, stackTrace, type CliResult} from "./runCli.ts";
import {town} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-slips-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
let count = 0;

/** The town() extract as CSV files in a fresh folder. */
function townDir(fixture = town()): string {
  const dir = join(root, `extract-${++count}`);
  mkdirSync(dir, {recursive: true});
  return writeExtract(fixture, dir);
}

/** Rewrites one file of `dir` through `edit`. */
function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
}

/** Runs the CLI on `input` into a fresh output folder. */
async function run(input: string): Promise<{result: CliResult; out: string}> {
  const out = join(mkdtempSync(join(root, "out-")), "out");
  return {result: await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 60_000}), out};
}

/**
 * writePersonsWorkbook(path, sheets) writes town()'s persons as a workbook at `path`, one worksheet per
 * [name, rows] of `sheets` (each with the header; rows are indexes range [from, to) of the persons, or
 * plain rows of cells for a sheet that is not the table).
 */
async function writePersonsWorkbook(path: string, sheets: [string, [number, number] | string[][]][]): Promise<void> {
  const persons = town().persons;
  const columns = Object.keys(persons[0]!);
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name);
    if (Array.isArray(rows[0])) for (const row of rows as string[][]) sheet.addRow(row);
    else {
      sheet.addRow(columns);
      for (const row of persons.slice(...(rows as [number, number]))) sheet.addRow(columns.map((c) => String(row[c] ?? "")));
    }
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * Replaces `dir`'s CSV file `file` (plain cells: no quotes) by a one-sheet workbook of the same name
 * ending in .xlsx, its rows (the header first) passed through `change`.
 */
async function workbookFromCsv(dir: string, file: string, change: (rows: string[][]) => string[][]): Promise<void> {
  const rows = readFileSync(join(dir, file), "utf8").split("\n").filter((line) => line !== "").map((line) => line.split(","));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Sheet1");
  for (const row of change(rows)) sheet.addRow(row);
  await workbook.xlsx.writeFile(join(dir, file.replace(/\.csv$/, ".xlsx")));
  rmSync(join(dir, file));
}

describe("spreadsheet slips", () => {
  test("cli on village codes Excel wrote as 3.30781E+11 in every file stops naming the column and why, instead of counting two villages as one", async () => {
    // Both villages' 12-digit codes shown by Excel as the same 3.30781E+11: read as codes, the second
    // village was a duplicate and every person of both was counted in the first (exit 0).
    const dir = townDir();
    for (const file of ["villages.csv", "residence.csv", "services.csv", "funding.csv"]) edit(dir, file, (text) => text.replace(/\bV[12]\b/g, "3.30781E+11"));
    const {result, out} = await run(dir);
    expect(result.timedOut).toBe(false);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain("villages.csv:全部 2 行被拒绝");
    expect(result.stderr).toContain("village_code 列:代码被电子表格存成了数字,显示为科学计数法");
    expect(result.stderr).toContain("residence.csv:全部 7 行被拒绝");
    expect(() => readFileSync(join(out, "village_year.csv"))).toThrow();
  });

  test("cli on one person_id in scientific notation rejects that row as code_as_number and keeps the rest", async () => {
    const dir = townDir();
    edit(dir, "persons.csv", (text) => text.replace(/^P7,/m, "3.30781E+17,"));
    const {result, out} = await run(dir);
    expectAccepted({result, out});
    const rejects = readCsv(join(out, "rejects.csv"));
    expect(rejects.find((r) => r.file === "persons.csv")).toMatchObject({row: "7", line: "8", column: "person_id", reason: "code_as_number"});
    expect(rejectsFor(readQuality(out), "persons.csv", "code_as_number")).toBeDefined();
  });

  test("cli on a birth date written as a year alone (1990) rejects that row as invalid_date instead of reading Excel's day 1990, 1905-06-12", async () => {
    const dir = townDir();
    edit(dir, "persons.csv", (text) => text.replace("1990-05-01", "1990"));
    const {result, out} = await run(dir);
    expectAccepted({result, out});
    const rejects = readCsv(join(out, "rejects.csv"));
    expect(rejects.find((r) => r.file === "persons.csv")).toMatchObject({row: "1", line: "2", column: "birth_date", value: "1990", reason: "invalid_date"});
  });

  test("cli on a persons workbook with two visible sheets that both hold the table (2021年, 2022年) stops naming both, instead of reading the first alone", async () => {
    // Read before: the first sheet only, the second's people rejected as unknown in residence.csv (3 of 7, under the share: exit 0).
    const dir = townDir();
    rmSync(join(dir, "persons.csv"));
    await writePersonsWorkbook(join(dir, "persons.xlsx"), [["2021年", [0, 4]], ["2022年", [4, Infinity]]]);
    await expectCliRefuses(root, dir, "persons.xlsx", "“2021年”和“2022年”都是“人员”表", 'worksheets "2021年" and "2022年" both hold the persons table');
  });

  test("cli on a persons workbook whose second visible sheet is notes (填表说明) reads the table of the first", async () => {
    const dir = townDir();
    rmSync(join(dir, "persons.csv"));
    await writePersonsWorkbook(join(dir, "persons.xlsx"), [["人员", [0, Infinity]], ["填表说明", [["列名", "说明"], ["person_id", "人员编号"]]]]);
    const {result, out} = await run(dir);
    expectAccepted({result, out});
    expectTownNumbers(out);
  });

  test("cli on a workbook saved as persons.csv, an old .xls saved as persons.csv and CSV text saved as persons.xlsx says what each file is", async () => {
    // Before: the first two were "unreadable encoding (NUL bytes…)", the third "not a valid .xlsx file".
    const zipped = townDir();
    await writePersonsWorkbook(join(zipped, "persons.csv"), [["人员", [0, Infinity]]]);
    await expectCliRefuses(root, zipped, "persons.csv:这是 Excel 工作簿(.xlsx),不是 CSV 文本", "rename it to .xlsx");
    const ole = townDir();
    writeFileSync(join(ole, "persons.csv"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]));
    await expectCliRefuses(root, ole, "persons.csv:这是旧版 Excel 工作簿(.xls)或加密的工作簿", "save it as an unencrypted .xlsx or CSV");
    const text = townDir();
    writeFileSync(join(text, "persons.xlsx"), readFileSync(join(text, "persons.csv")));
    rmSync(join(text, "persons.csv"));
    await expectCliRefuses(root, text, "persons.xlsx:这是文本文件(CSV?),不是 .xlsx 工作簿", "rename it to .csv");
  });

  test("cli on a NUL byte in a cell names the line (in the first 64 KiB) or the byte (after), as binary data rather than mixed encodings", async () => {
    const early = townDir();
    edit(early, "persons.csv", (text) => text.replace("陈鹏", "陈\0鹏"));
    await expectCliRefuses(root, early, "persons.csv", "文件第 3 行含有 NUL 字节", "a NUL byte on line 3");
    // Past the sniffed 64 KiB (a long name first), where it was called "UTF-8 mixed with GBK?".
    const late = townDir();
    edit(late, "persons.csv", (text) => text.replace("陈鹏", "陈".repeat(30_000) + "\0鹏"));
    const message = await expectCliRefuses(root, late, "persons.csv", "含有 NUL 字节:二进制数据", "a NUL byte: binary data");
    expect(message).not.toContain("GBK");
    const at = Buffer.from(readFileSync(join(late, "persons.csv"))).indexOf(0);
    expect(message).toContain(`at byte ${at} `);
  });

  test("cli on Excel's Unicode text export (persons.txt, residence.txt: UTF-16 with a BOM, tab, CRLF) reads every row with its row and line, on the fast path and on zod's", async () => {
    // Before: refused, "unreadable encoding (UTF-16); save it as a UTF-8 CSV".
    for (const variant of ["UTF-16LE, fast path", "UTF-16LE, zod", "UTF-16BE"] as const) {
      const dir = townDir();
      for (const table of ["persons", "residence"]) {
        let text = readFileSync(join(dir, `${table}.csv`), "utf8").replaceAll(",", "\t");
        // A person with a wrong sex: rejected, with its row and line (no spell, so the town's numbers stand).
        if (table === "persons") text += "P8\t吴\t\tX\t1990-01-01\t户籍\t\t\t\n";
        // A quoted cell: not a plain file, so the JavaScript reader and zod read it.
        if (variant === "UTF-16LE, zod") text = text.replace("王丽", '"王丽"');
        const le = Buffer.from(`\uFEFF${text.replaceAll("\n", "\r\n")}`, "utf16le");
        writeFileSync(join(dir, `${table}.txt`), variant === "UTF-16BE" ? le.swap16() : le);
        rmSync(join(dir, `${table}.csv`));
      }
      const {result, out} = await run(dir);
      expectAccepted({result, out});
      expectTownNumbers(out);
      const quality = readQuality(out);
      expect(quality.files.find((f) => f.file === "persons.txt"), variant).toMatchObject({read: 8, accepted: 7, rejected: 1, encoding: variant === "UTF-16BE" ? "utf-16be" : "utf-16le", delimiter: "\t"});
      expect([...readCsv(join(out, "rejects.csv"))], variant).toEqual([expect.objectContaining({file: "persons.txt", row: "8", line: "9", column: "sex", reason: "invalid_sex"})]);
    }
  });

  test("cli on persons.csv and residence.csv whose first lines end in CRLF and the rest in LF (two extracts joined) reads every row with the file's line numbers, on the fast path and on zod's", async () => {
    // Before: the LF lines after the first CRLF were read as one record each file (persons: 1 of 4 rows
    // rejected as field_count; residence: 4 rows rejected as unknown_person), the run stopped.
    for (const path of ["fast", "zod"]) {
      const dir = townDir();
      // A person with a wrong sex after the ending changes: rejected, with its row and line (no spell, so the town's numbers stand).
      edit(dir, "persons.csv", (text) => `${text}P8,吴,,X,1990-01-01,户籍,,,\n`);
      // A quoted cell: not a plain file, so the JavaScript reader and zod read it.
      if (path === "zod") edit(dir, "persons.csv", (text) => text.replace("王丽", '"王丽"'));
      for (const file of ["persons.csv", "residence.csv"]) edit(dir, file, (text) => text.split("\n").map((line, i) => (i < 3 ? `${line}\r` : line)).join("\n"));
      expect(readFileSync(join(dir, "persons.csv"), "utf8")).toMatch(/^[^\n]*\r\n[^\n]*\r\n[^\n]*\r\n[^\r\n]*\n/);
      const {result, out} = await run(dir);
      expectAccepted({result, out});
      expectTownNumbers(out);
      const quality = readQuality(out);
      expect(quality.files.find((f) => f.file === "persons.csv"), path).toMatchObject({read: 8, accepted: 7, rejected: 1});
      expect([...readCsv(join(out, "rejects.csv"))], path).toEqual([expect.objectContaining({file: "persons.csv", row: "8", line: "9", column: "sex", reason: "invalid_sex"})]);
    }
  });

  test("cli on a header row repeated mid-file (two extracts pasted one under the other) rejects it once as repeated_header and reads the rows after it, on the fast path and on zod's", async () => {
    // Before: the persons header was rejected with a reason for each cell it trips (invalid_sex,
    // invalid_date, invalid_hukou_type), and the villages header was accepted as a village "村居代码".
    for (const path of ["fast", "zod"]) {
      const dir = townDir();
      edit(dir, "persons.csv", (text) => {
        const lines = text.split("\n");
        return [...lines.slice(0, 5), lines[0], ...lines.slice(5)].join("\n");
      });
      // The second part's header in Chinese, its columns in the same order.
      edit(dir, "villages.csv", (text) => text.replace("\nV2,", "\n村居代码,村居名称, 类型 \nV2,"));
      if (path === "zod") for (const file of ["persons.csv", "villages.csv"]) edit(dir, file, (text) => text.replace(/东村|王丽/, (name) => `"${name}"`));
      // The targets file (read by the reader alone) too.
      writeFileSync(join(dir, "targets.csv"), ["indicator,op,value,value_high,label", "death_rate,<=,20,,死亡率", "indicator,op,value,value_high,label", "birth_rate,<=,15,,出生率"].join("\n"));
      const {result, out} = await run(dir);
      expectAccepted({result, out});
      expectTownNumbers(out);
      const quality = readQuality(out);
      expect(quality.files.find((f) => f.file === "persons.csv"), path).toMatchObject({read: 8, accepted: 7, rejected: 1});
      expect(quality.files.find((f) => f.file === "villages.csv"), path).toMatchObject({read: 3, accepted: 2, rejected: 1});
      expect([...readCsv(join(out, "rejects.csv"))], path).toEqual([
        expect.objectContaining({file: "persons.csv", row: "5", line: "6", column: "", reason: "repeated_header"}),
        expect.objectContaining({file: "targets.csv", row: "2", line: "3", column: "", reason: "repeated_header"}),
        expect.objectContaining({file: "villages.csv", row: "2", line: "3", column: "", reason: "repeated_header"})
      ]);
      expect(rejectsFor(quality, "persons.csv", "repeated_header")?.rows, path).toEqual([5]);
      expect(quality.files.find((f) => f.file === "targets.csv"), path).toMatchObject({read: 3, accepted: 2, rejected: 1});
      expect(rejectsFor(quality, "targets.csv", "repeated_header")?.rows, path).toEqual([2]);
    }
  });

  test("cli on a header row repeated mid-file with its columns in another order stops naming its row and line, instead of reading the rows after it under the wrong columns", async () => {
    for (const path of ["fast", "zod"]) {
      const dir = townDir();
      // The second part has start_date and end_date swapped: its dates would be read the wrong way round.
      edit(dir, "residence.csv", (text) => {
        const lines = text.split("\n");
        const swapped = (line: string) => {
          const cells = line.split(",");
          [cells[2], cells[4]] = [cells[4]!, cells[2]!];
          return cells.join(",");
        };
        return [...lines.slice(0, 4), ...lines.slice(0, 1).map(swapped), ...lines.slice(4).map((line) => (line === "" ? line : swapped(line)))].join("\n");
      });
      if (path === "zod") edit(dir, "residence.csv", (text) => text.replace("期初", '"期初"'));
      await expectCliRefuses(root, dir, "residence.csv:第 4 行(文件第 5 行)又是一行表头,但列的顺序或列与文件第 1 行的表头不同", "row 4 (line 5) is another header row");
    }
  });

  test("cli on a worksheet whose header row is repeated mid-sheet rejects it once as repeated_header and reads the rows after it; repeated with its columns in another order, it stops naming the row", async () => {
    // Before: the villages sheet's second header was accepted as a village named 村居代码 (exit 0),
    // and the persons sheet's was rejected once for each cell it tripped.
    const dir = townDir();
    const chinese = ["人员编号", "姓名", "身份证号", "性别", "出生日期"];
    await workbookFromCsv(dir, "persons.csv", (rows) => {
      expect(rows[0]!.slice(0, 5)).toEqual(["person_id", "name", "id_number", "sex", "birth_date"]);
      return [...rows.slice(0, 5), [...chinese, ...rows[0]!.slice(5)], ...rows.slice(5)];
    });
    await workbookFromCsv(dir, "villages.csv", (rows) => [rows[0]!, rows[1]!, ["村居代码", "村居名称", "类型"], ...rows.slice(2)]);
    const {result, out} = await run(dir);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const quality = readQuality(out);
    expect(quality.files.find((f) => f.file === "persons.xlsx")).toMatchObject({read: 8, accepted: 7, rejected: 1});
    expect(quality.files.find((f) => f.file === "villages.xlsx")).toMatchObject({read: 3, accepted: 2, rejected: 1});
    expect([...readCsv(join(out, "rejects.csv"))]).toEqual([
      expect.objectContaining({file: "persons.xlsx", row: "5", line: "6", column: "", reason: "repeated_header"}),
      expect.objectContaining({file: "villages.xlsx", row: "2", line: "3", column: "", reason: "repeated_header"})
    ]);

    const swapped = townDir();
    // The second part has start_date and end_date swapped: its dates would be read the wrong way round.
    await workbookFromCsv(swapped, "residence.csv", (rows) => {
      const swap = (row: string[]) => row.map((cell, k) => (k === 2 ? row[4]! : k === 4 ? row[2]! : cell));
      return [...rows.slice(0, 4), ...[rows[0]!, ...rows.slice(4)].map(swap)];
    });
    await expectCliRefuses(root, swapped, "residence.xlsx:第 4 行(文件第 5 行)又是一行表头,但列的顺序或列与文件第 1 行的表头不同", "row 4 (line 5) is another header row");
  });

  test("cli on header cells wrapped with a line break (\"出生⏎日期\", \"id_⏎number\") reads the columns, and a wrapped unknown header stays on one line", async () => {
    // Before: "missing required column 出生日期", the message broken over three lines by the headers it quoted.
    const dir = townDir();
    edit(dir, "persons.csv", (text) => text.replace("id_number,sex,birth_date", '"id_\r\nnumber",sex,"出生\n 日期"'));
    const {result, out} = await run(dir);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const unknown = townDir();
    edit(unknown, "residence.csv", (text) => text.replace("start_date", '"开始\n时间"'));
    await expectCliRefuses(root, unknown, "residence.csv", "找到的列:person_id、village_code、开始时间、");
  });
});
