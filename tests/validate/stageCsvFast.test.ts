import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import ExcelJS from "exceljs";
import {describe, expect, test} from "vitest";
import {discoverExtract} from "../../loaders/read/discoverExtract.ts";
import {tableSpec} from "../../loaders/read/extractFormat.ts";
import {openDatabase} from "../../loaders/store/openDatabase.ts";
import {createTables} from "../../loaders/store/createTables.ts";
import {runSqlFile} from "../../loaders/store/runSqlFile.ts";
import {personRow} from "../../loaders/validate/personRow.ts";
import {villageRow} from "../../loaders/validate/villageRow.ts";
import {stageCsvFast} from "../../loaders/validate/stageCsvFast.ts";
import {validateExtract} from "../../loaders/validate/validateExtract.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {typoRegister} from "./support/typoRegister.ts";

// Messy but quote-free files (so the fast path reads them): title and blank lines, whitespace-only and
// delimiter-only lines, full-width digits and spaces, other date forms, lowercase codes, short and long
// rows, bad and good ID numbers, rare characters outside the BMP, over-long text.
const long = "长".repeat(201);
const lines = {
  villages: ["village_code,village_name,village_type", "V1,东村,村", "V2,西社区,社区", "TOWN,全镇,村", "V1,重复,村", "V4,北村,镇", "V5,南村, 乡 ", "3.30781E+11,科学村,村", "3.3078e11,小写村,村", "330781E2,整数村,村"],
  persons: [
    "人员名单（测试）",
    "",
    "person_id,name,id_number,sex,birth_date,hukou_type,mother_id,birth_order,policy_compliant,备注",
    "P1,王丽,110105194912310021,女,1949-12-31,户籍,,,,",
    "",
    "P2,李强,11010519491231002X,男,1949-12-31,户籍,,,,",
    "   ",
    ",,,,,,,,,",
    "P3,张𠀀,110105194912310029,女,1949-12-31,流动,,1,是,",
    "P4, 陈　静 ,,f,1990/1/2,registered,,００７,yes,",
    "P5,赵,,F,19900102,Migrant,P1,2,N,",
    "P6,钱,,male,32874,户籍,,,,",
    "P7,孙,,2,2023-02-29,户籍,,,,",
    "P8,周,,1,1870-01-01,户籍,,,,",
    "P9,吴,,男,1990-01-01,户籍,,0,,",
    "P10,郑,,男,1990-01-01,户籍,,-1,,",
    "P11,冯,,男,1990-01-01,外地,,1,,",
    `P12,${long},,男,1990-01-01,户籍,,,,`,
    ",陈,,男,1990-01-01,户籍,,,,",
    "P13,卫,,男,1990-01-01,户籍",
    "P14,蒋,,男,1990-01-01,户籍,,,,,,",
    "P15,沈,,男,1990-01-01,户籍,,,,,多余,",
    "P16,韩,110105199001010013,男,1990-01-01,户籍,,1,否,",
    "P17,杨,11010519900101001,男,1990-01-01,户籍,,,,",
    "P18,朱,110105900101001,男,1990-01-01,户籍,,,,",
    "P19,秦,110105199001010013,女,1990-01-01,户籍,,,,",
    "P20,尤,110105199001020013,男,1990-01-01,户籍,,1000000000,,",
    "P1,王丽,,女,1949-12-31,户籍,,,,",
    "P21,许,,女,1990-01-01 00:00:00,户籍,,1,true,",
    "\t",
    "P22,何,,女,1990-01-01,户籍,P21,3,false,",
    "P23,吕,,女,2014.1.1,户籍,,,,",
    "P24,施,,女,1990-1/01,户籍,,,,",
    "P25,张,,女,20230229,户籍,,,,",
    "P26,孔,,女,1990-01-01T00:00,户籍,,,,",
    "P27,曹,,女,1990-01-01 00:00:00.000,户籍,,,,",
    "P28,严,,女,1990-1-1 00:00,户籍,,,,",
    "P29,华,,女,1990-01-01 00:00:01,户籍,,,,",
    "P30,金,11010519491231002x,女,1949-12-31,户籍,,,,",
    // Typos in soft fields: blanked with a warning, by SQL or (1.5, full-width) by zod; 1.0 is 1 to zod.
    "P31,许,,女,1990-01-01,户籍,,二,符合,",
    "P32,许,,女,1990-01-01,户籍,,1.5,?,",
    `P33,许,,女,1990-01-01,户籍,${long},-3,,`,
    "P34,许,,女,1990-01-01,户籍,,1.0,是,",
    "P35,许,,女,1990-01-01,户籍,,３孩,是,",
    "P36,许,,男,1990-01-01,户籍外,,二,符合,",
    // Codes a spreadsheet turned into numbers in scientific notation (code_as_number) and a year alone.
    "4.40582E+17,许,,男,1990-01-01,户籍,,,,",
    "P37,许,,男,1990,户籍,,,,"
  ],
  residence: [
    "person_id,village_code,start_date,start_reason,end_date,end_reason",
    "P1,V1,2014-01-01,期初,,",
    "P2,V1,2014-01-01,期初,2019-06-30,迁出",
    "P2,V2,2019-06-30,迁入,,",
    "",
    "P3,V1,2014-01-01,initial,2016-01-01,",
    "P4,V2,2014-01-01,期初,,死亡",
    "P5,V2,2014-01-01,期初,2013-01-01,迁出",
    "P5,V3,2014-01-01,期初,,",
    "P6,V1,2014/01/01,期初,,",
    "P7,V1,2014-01-01,期初,,",
    "P9,V1,2014-01-01,期初,2030-01-01,death",
    "P16,V1,2014-01-01,期初,,",
    "P16,V1,2015-01-01,迁入,,",
    "GHOST,V1,2014-01-01,期初,,",
    "P21,V1,2014-01-01,期初,,",
    "P22,V1,2014-01-01,期初,,",
    "P22,V1,2014-01-01,期初,,",
    "P19,V2,2014-01-01,出生,,",
    "P20,V2,2014-01-01,Birth,,",
    "P10,ＴＯＷＮ,2014-01-01,期初,,",
    "P2,3.30781E+11,2014-01-01,期初,,",
    "4.40582E+17,V1,2014-01-01,期初,,"
  ],
  services: ["year,village_code,project,eligible,served", "2020,V1,孕检,10,8", "2020,V1,孕检,5,6", "2020,V9,孕检,5,5", "1899,V1,孕检,5,5", "2020,V1,随访,1,000", "2020,-1.5E+3,孕检,1,1"],
  funding: ["year,village_code,source,item,amount_yuan", `2020,V1,${long},奖励扶助,10`, "2020,V1,县级财政,奖励扶助,1,000", "2020,,镇级财政,宣传,500.25", "2021,V1,镇级财政,宣传,-1", "2022,V9,镇级财政,宣传,12", "2022,3.30781E+11,镇级财政,宣传,12"]
};

/** Bytes of `text` in `encoding`, with its BOM for UTF-16 (Excel's "Unicode 文本" is UTF-16LE). */
function encoded(text: string, encoding: "utf-8" | "utf-16le" | "utf-16be"): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return encoding === "utf-16le" ? le : le.swap16();
}

/** The messy extract in `dir`; `bmpOnly`: without its one character outside the BMP (𠀀). */
function writeMessyExtract({newline = "\n", delimiter = ",", bom = false, encoding = "utf-8", extension = "csv", bmpOnly = false}: {newline?: string; delimiter?: string; bom?: boolean; encoding?: "utf-8" | "utf-16le" | "utf-16be"; extension?: string; bmpOnly?: boolean} = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "fast-path-"));
  for (const [table, rows] of Object.entries(lines)) {
    // "mixed": CRLF and LF by turns, as in a file joined from extracts saved on different systems.
    const ending = (i: number) => (newline === "mixed" ? (i % 2 === 1 ? "\r\n" : "\n") : newline);
    writeFileSync(join(dir, `${table}.${extension}`), encoded((bom ? "\uFEFF" : "") + rows.map((line, i) => (bmpOnly ? line.replace("𠀀", "丙") : line).replaceAll(",", delimiter) + ending(i)).join(""), encoding));
  }
  writeFileSync(join(dir, "extract.json"), JSON.stringify({region: "测试镇", register_start: "2014-01-01", extract_date: "2025-12-31"}));
  return dir;
}

const tables = ["villages", "persons", "residence", "services", "funding", "rejects", "warnings", "extract_meta"];

/** Every validated table, rejects and warnings (as JSON, sorted) and the report, after validating `dir`. */
async function validatedTables(dir: string, fastPath: boolean): Promise<Record<string, unknown>> {
  const db = await openDatabase({threads: 2});
  try {
    const report = await validateExtract(db.connection, await discoverExtract(dir), {fastPath});
    const result: Record<string, unknown> = {report};
    for (const table of tables) {
      // Sorted: the two paths stage rows in different orders (the SQL path's rows first), and the
      // validated tables keep the staging order.
      result[table] = (await db.connection.runAndReadAll(`SELECT * FROM ${table} ORDER BY ALL`)).getRowObjectsJson();
    }
    return result;
  } finally {
    db.close();
  }
}

/** stageCsvFast on `dir`/persons.csv into the staging tables, with no guard beyond the schema's fields. */
async function stagePersons(connection: DuckDBConnection, dir: string, file = "persons.csv") {
  await createTables(connection);
  await runSqlFile(connection, new URL("../../loaders/validate/staging.sql", import.meta.url));
  const columns = ["person_id", "sex", "birth_date", "hukou_type", "mother_id", "birth_order", "policy_compliant"];
  return stageCsvFast(connection, {file, path: join(dir, file), format: "csv"}, tableSpec("persons"), {
    staging: "staged_persons", schema: personRow, columns, guard: "TRUE"
  });
}

describe("stageCsvFast", () => {
  test("stageCsvFast(connection, persons.csv) stages the plain rows and leaves the others to zod, numbered as the reader numbers them", async () => {
    const dir = writeMessyExtract();
    const db = await openDatabase();
    try {
      const fast = await stagePersons(db.connection, dir);
      expect(fast).toBeDefined();
      const left = [];
      for await (const raw of fast!.rows) left.push(raw);
      const staged = (await db.connection.runAndReadAll("SELECT person_id, source_row FROM staged_persons ORDER BY source_row")).getRowObjectsJson();
      // 40 data records: the title, the header and the blank records are not counted.
      expect(fast!.read).toBe(40);
      expect(staged.length + left.length).toBe(40);
      expect(staged.length).toBeGreaterThan(5);
      expect(staged[0]).toEqual({person_id: "P1", source_row: 1});
      expect(staged).toContainEqual({person_id: "P22", source_row: 24});
      // Other written date forms are converted by SQL too.
      const dates = (await db.connection.runAndReadAll("SELECT person_id, strftime(birth_date, '%Y-%m-%d') AS birth_date FROM staged_persons WHERE person_id IN ('P5', 'P21') ORDER BY person_id")).getRowObjectsJson();
      expect(dates).toEqual([{person_id: "P21", birth_date: "1990-01-01"}, {person_id: "P5", birth_date: "1990-01-02"}]);
      expect(left.map((r) => r.row)).toContain(4); // P4: full-width digits and spaces go to zod
      expect(left.find((r) => r.row === 4)!.values.birth_order).toBe("007");
      expect(left.find((r) => r.values.person_id === "P13")!.fieldCountMismatch).toEqual({expected: 10, actual: 6});
    } finally {
      db.close();
    }
  });

  test("stageCsvFast(connection, persons.csv) stages a file of many row groups in file order, without sorting it", async () => {
    // 300,000 records: DuckDB scans them in parallel, in row groups of 122,880 rows; every 1,000th is bad.
    const dir = mkdtempSync(join(tmpdir(), "fast-path-"));
    const records = Array.from({length: 300_000}, (_, i) => `P${i + 1},王,,女,${i % 1000 === 999 ? "1990-13-01" : "1990-01-01"},户籍,,,`);
    writeFileSync(join(dir, "persons.csv"), ["person_id,name,id_number,sex,birth_date,hukou_type,mother_id,birth_order,policy_compliant", ...records].join("\n") + "\n");
    const db = await openDatabase({threads: 2});
    try {
      const fast = await stagePersons(db.connection, dir);
      const left: number[] = [];
      for await (const raw of fast!.rows) left.push(raw.row);
      expect(fast!.read).toBe(300_000);
      expect(left).toEqual(Array.from({length: 300}, (_, k) => (k + 1) * 1000));
      // Read back in stored order (no ORDER BY): the staged rows are in file order.
      const reader = await db.connection.runAndReadAll("SELECT source_row FROM staged_persons");
      const stored = reader.getColumnsJS()[0] as number[];
      expect(stored.length).toBe(299_700);
      expect(stored.every((row, i) => i === 0 || row > stored[i - 1]!)).toBe(true);
    } finally {
      db.close();
    }
  });

  test("stageCsvFast(connection, persons.csv) stages a soft field's typo as NULL in SQL and records the cell in blanked_cells, leaving to zod only what SQL cannot judge", async () => {
    const dir = writeExtract({persons: typoRegister.persons});
    const db = await openDatabase();
    try {
      const fast = await stagePersons(db.connection, dir);
      const left: number[] = [];
      for await (const raw of fast!.rows) left.push(raw.row);
      // Row 4's birth_order 1.5 is a number SQL does not read (zod does, and refuses it); row 6's sex is wrong.
      expect(left).toEqual([4, 6]);
      expect(await db.connection.runAndReadAll(`SELECT source_row, birth_order, policy_compliant, mother_id IS NULL AS no_mother FROM staged_persons ORDER BY source_row`).then((r) => r.getRowObjectsJson())).toEqual([
        {source_row: 1, birth_order: null, policy_compliant: null, no_mother: true},
        {source_row: 2, birth_order: null, policy_compliant: true, no_mother: false},
        {source_row: 3, birth_order: null, policy_compliant: null, no_mother: false},
        {source_row: 5, birth_order: 3, policy_compliant: false, no_mother: true},
        {source_row: 7, birth_order: null, policy_compliant: null, no_mother: true},
        {source_row: 8, birth_order: null, policy_compliant: null, no_mother: true}
      ]);
      expect(await db.connection.runAndReadAll(`SELECT * FROM blanked_cells ORDER BY source_row, "column"`).then((r) => r.getRowObjectsJson())).toEqual([
        {table_name: "persons", source_row: 2, column: "birth_order", value: "二", reason: "birth_order_blanked"},
        {table_name: "persons", source_row: 3, column: "birth_order", value: "-1", reason: "birth_order_blanked"},
        {table_name: "persons", source_row: 3, column: "policy_compliant", value: "符合", reason: "policy_compliant_blanked"},
        {table_name: "persons", source_row: 5, column: "name", value: "***", reason: "too_long_blanked"},
        {table_name: "persons", source_row: 7, column: "policy_compliant", value: "??", reason: "policy_compliant_blanked"},
        {table_name: "persons", source_row: 8, column: "birth_order", value: "0", reason: "birth_order_blanked"},
        {table_name: "persons", source_row: 8, column: "mother_id", value: "***", reason: "too_long_blanked"}
      ]);
    } finally {
      db.close();
    }
  });

  test("stageCsvFast(connection, persons.csv) stages a file whose lines end in CRLF and LF mixed, numbered by its physical lines", async () => {
    const dir = writeMessyExtract({newline: "mixed"});
    const db = await openDatabase();
    try {
      const fast = await stagePersons(db.connection, dir);
      expect(fast).toBeDefined();
      const left = [];
      for await (const raw of fast!.rows) left.push(raw);
      expect(fast!.read).toBe(40);
      const staged = (await db.connection.runAndReadAll("SELECT person_id, source_row FROM staged_persons ORDER BY source_row")).getRowObjectsJson();
      expect(staged.length).toBeGreaterThan(5);
      expect(staged).toContainEqual({person_id: "P22", source_row: 24});
      // P13's short row (line 20, ending in CRLF after lines ending in LF) keeps its line and its cells, no CR in them.
      const short = left.find((r) => r.values.person_id === "P13")!;
      expect(short).toMatchObject({line: 20, fieldCountMismatch: {expected: 10, actual: 6}, values: {hukou_type: "户籍"}});
    } finally {
      db.close();
    }
  });

  test("stageCsvFast(connection, persons.txt) stages Excel's Unicode text (UTF-16LE with BOM, tab, CRLF) as it stages UTF-8, and leaves UTF-16BE to the reader", async () => {
    /** What stageCsvFast stages and leaves of `dir`/persons.txt, in a fresh database; undefined when it does not take the file. */
    const stagedRows = async (dir: string) => {
      const db = await openDatabase();
      try {
        const fast = await stagePersons(db.connection, dir, "persons.txt");
        if (!fast) return undefined;
        const left = [];
        for await (const raw of fast.rows) left.push(raw);
        const staged = (await db.connection.runAndReadAll("SELECT * FROM staged_persons ORDER BY source_row")).getRowObjectsJson();
        return {read: fast.read, staged, left};
      } finally {
        db.close();
      }
    };
    const excel = {delimiter: "\t", newline: "\r\n", extension: "txt"};
    // P3's name 张𠀀 has a character outside the BMP, a surrogate pair in UTF-16, which DuckDB refuses: the reader reads that file.
    expect(await stagedRows(writeMessyExtract({encoding: "utf-16le", ...excel}))).toBeUndefined();
    const utf8 = await stagedRows(writeMessyExtract({bmpOnly: true, ...excel}));
    const le = await stagedRows(writeMessyExtract({encoding: "utf-16le", bmpOnly: true, ...excel}));
    expect(le).toBeDefined();
    expect(le!.read).toBe(40);
    expect(le!.staged.length).toBeGreaterThan(5);
    expect(le).toEqual(utf8);
    expect(await stagedRows(writeMessyExtract({encoding: "utf-16be", bmpOnly: true, ...excel}))).toBeUndefined();
  });

  test("stageCsvFast(connection, villages.csv) leaves a repeated header row to the reader, which marks it, though SQL would read it as a valid village", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fast-path-"));
    writeFileSync(join(dir, "villages.csv"), "village_code,village_name,village_type\nV1,东村,村\n村居代码,村居名称,类型\nV2,西社区,社区\nVILLAGE_CODE,Village_Name,village_type\n");
    const db = await openDatabase();
    try {
      await createTables(db.connection);
      await runSqlFile(db.connection, new URL("../../loaders/validate/staging.sql", import.meta.url));
      const fast = await stageCsvFast(db.connection, {file: "villages.csv", path: join(dir, "villages.csv"), format: "csv"}, tableSpec("villages"), {
        staging: "staged_villages", schema: villageRow, columns: ["village_code", "village_name", "village_type"], guard: "TRUE"
      });
      expect(fast).toBeDefined();
      const left = [];
      for await (const raw of fast!.rows) left.push(raw);
      expect(left.map(({row, line, repeatedHeader}) => ({row, line, repeatedHeader}))).toEqual([{row: 2, line: 3, repeatedHeader: true}, {row: 4, line: 5, repeatedHeader: true}]);
      expect((await db.connection.runAndReadAll("SELECT village_code FROM staged_villages ORDER BY source_row")).getRowObjectsJson()).toEqual([{village_code: "V1"}, {village_code: "V2"}]);
    } finally {
      db.close();
    }
  });

  test("stageCsvFast(connection, file) returns undefined for a file with quotes (the JavaScript reader reads it)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fast-path-"));
    writeFileSync(join(dir, "villages.csv"), 'village_code,village_name\nV1,"东村"\n');
    const db = await openDatabase();
    try {
      const fast = await stageCsvFast(db.connection, {file: "villages.csv", path: join(dir, "villages.csv"), format: "csv"}, tableSpec("persons"), {
        staging: "staged_persons", schema: personRow, columns: []
      });
      expect(fast).toBeUndefined();
    } finally {
      db.close();
    }
  });
});

describe("validateExtract fast path", () => {
  test.each([
    ["LF, comma", {}],
    ["CRLF, semicolon", {newline: "\r\n", delimiter: ";"}],
    ["LF, tab", {delimiter: "\t"}],
    ["BOM, CRLF", {bom: true, newline: "\r\n"}],
    ["CRLF and LF mixed, tab", {newline: "mixed", delimiter: "\t"}],
    ["Excel's Unicode text: UTF-16LE with BOM, tab, CRLF", {encoding: "utf-16le", delimiter: "\t", newline: "\r\n"}],
    ["Excel's Unicode text, BMP only", {encoding: "utf-16le", delimiter: "\t", newline: "\r\n", bmpOnly: true}],
    ["UTF-16LE with BOM, CRLF and LF mixed", {encoding: "utf-16le", newline: "mixed"}],
    ["UTF-16BE with BOM, tab, CRLF (zod only)", {encoding: "utf-16be", delimiter: "\t", newline: "\r\n"}]
  ] as const)("validateExtract(connection, extract, {fastPath}) gives the same tables, rejects, warnings and report on a messy extract (%s)", async (_, layout) => {
    const dir = writeMessyExtract(layout);
    const reference = await validatedTables(dir, false);
    const fast = await validatedTables(dir, true);
    expect((reference.rejects as unknown[]).length).toBeGreaterThan(10);
    expect((reference.warnings as unknown[]).length).toBeGreaterThan(3);
    // Soft fields' typos blanked (birth_order, policy_compliant, mother_id, name, village_type, source).
    const blanked = (reference.warnings as {file: string; column: string; reason: string}[]).filter((w) => w.reason.endsWith("_blanked"));
    expect(new Set(blanked.map((w) => `${w.file}:${w.column}`))).toEqual(new Set([
      "persons.csv:birth_order", "persons.csv:policy_compliant", "persons.csv:mother_id", "persons.csv:name", "villages.csv:village_type", "funding.csv:source"
    ]));
    // Every code in scientific notation refused as such, in each table, on both paths.
    const asNumber = (reference.rejects as {file: string; column: string; reason: string}[]).filter((r) => r.reason === "code_as_number");
    expect(asNumber.map((r) => `${r.file}:${r.column}`).sort()).toEqual([
      "funding.csv:village_code", "persons.csv:person_id", "residence.csv:person_id", "residence.csv:village_code", "services.csv:village_code",
      "villages.csv:village_code", "villages.csv:village_code", "villages.csv:village_code"
    ]);
    expect(fast).toEqual(reference);
  });

  test("validateExtract(connection, extract) gives the same tables, rejects and warnings for a register with typos in soft fields as CSV (fast path) and as XLSX (zod)", async () => {
    const csv = writeExtract(typoRegister);
    const xlsx = writeExtract({meta: typoRegister.meta});
    for (const table of ["villages", "persons", "residence", "funding"] as const) {
      const rows = typoRegister[table]!;
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(table);
      sheet.addRow(columns);
      // Every cell as text, as the CSV file has it; an empty cell is left empty.
      for (const row of rows) sheet.addRow(columns.map((c) => (row[c] === undefined || row[c] === "" ? null : String(row[c]))));
      await workbook.xlsx.writeFile(join(xlsx, `${table}.xlsx`));
    }
    const fromCsv = await validatedTables(csv, true);
    const fromXlsx = await validatedTables(xlsx, true);
    const sameFiles = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll(".xlsx", ".csv"));
    expect((fromCsv.warnings as {reason: string}[]).filter((w) => w.reason.endsWith("_blanked")).length).toBe(11);
    for (const table of tables) expect(sameFiles(fromXlsx[table]), table).toEqual(fromCsv[table]);
    const counts = (result: Record<string, unknown>) => (result.report as {files: {read: number; accepted: number; rejected: number; warnings: number}[]}).files.map(({read, accepted, rejected, warnings}) => ({read, accepted, rejected, warnings}));
    expect(counts(fromXlsx)).toEqual(counts(fromCsv));
  });

  test("validateExtract(connection, extract, {fastPath}) gives the same tables, rejects, warnings and report on data/sample", async () => {
    const reference = await validatedTables("data/sample", false);
    const fast = await validatedTables("data/sample", true);
    expect((reference.persons as unknown[]).length).toBeGreaterThan(1000);
    expect(fast).toEqual(reference);
  });
});
