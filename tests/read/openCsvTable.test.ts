import {mkdir} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {openTable, readDefaults, tableSpec} from "../../loaders/read/index.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";
import {collect, gbkBytes, rejection, removeTempDirs, tempDir, writeIn} from "./helpers.ts";

const villages = tableSpec("villages");
const persons = tableSpec("persons");

afterEach(removeTempDirs);

async function readAll(name: string, content: string | Uint8Array, spec = villages) {
  const dir = await tempDir();
  const path = await writeIn(dir, name, content);
  const {header, rows} = await openTable(path, spec);
  return {header, rows: await collect(rows)};
}

describe("openTable(csv)", () => {
  test("readDefaults has the documented limits", () => {
    expect(readDefaults).toEqual({
      maxXlsxBytes: 200 * 1024 * 1024,
      maxXlsxUncompressedBytes: 2 * 1024 * 1024 * 1024,
      maxRecordChars: 16 * 1024 * 1024,
      headerSearchRows: 10
    });
  });

  test("openTable(csv) reads a UTF-8 file with Chinese headers", async () => {
    const {header, rows} = await readAll("村居.csv", "村居代码,村居名称,类型\nV001,青山村,村\nV002,河东社区,社区\n");
    expect(header).toMatchObject({file: "村居.csv", encoding: "utf-8", delimiter: ",", headerRow: 1, unknownColumns: []});
    expect(header.columns).toEqual(["village_code", "village_name", "village_type"]);
    expect(header.headers).toEqual({village_code: "村居代码", village_name: "村居名称", village_type: "类型"});
    expect(rows).toEqual([
      {row: 1, line: 2, values: {village_code: "V001", village_name: "青山村", village_type: "村"}},
      {row: 2, line: 3, values: {village_code: "V002", village_name: "河东社区", village_type: "社区"}}
    ]);
  });

  test("openTable(csv) strips a UTF-8 BOM and reports utf-8-bom", async () => {
    const {header, rows} = await readAll("villages.csv", "\ufeff村居代码,村居名称\r\nV001,青山村\r\n");
    expect(header.encoding).toBe("utf-8-bom");
    expect(header.columns).toEqual(["village_code", "village_name"]);
    expect(rows[0]!.values).toEqual({village_code: "V001", village_name: "青山村"});
  });

  test("openTable(csv) reads GBK bytes (张三 = D5 C5 C8 FD) as gb18030", async () => {
    expect(Array.from(gbkBytes("张三"))).toEqual([0xd5, 0xc5, 0xc8, 0xfd]);
    const text = "人员编号,姓名,性别,出生日期,户籍类型\nP1,张三,男,1990-01-02,户籍\nP2,李四,女,1991-03-04,流动\n";
    const {header, rows} = await readAll("人员.csv", gbkBytes(text), persons);
    expect(header.encoding).toBe("gb18030");
    expect(rows.map((r) => r.values.name)).toEqual(["张三", "李四"]);
    expect(rows[1]!.values).toMatchObject({person_id: "P2", sex: "女", hukou_type: "流动"});
  });

  test("openTable(csv) reads GB18030 four-byte characters (𠀀 = 95 32 82 36)", async () => {
    const bytes = new Uint8Array([
      ...gbkBytes("人员编号,姓名,性别,出生日期,户籍类型\nP1,"),
      0x95, 0x32, 0x82, 0x36,
      ...gbkBytes("张,男,1990-01-02,户籍\n")
    ]);
    const {header, rows} = await readAll("persons.csv", bytes, persons);
    expect(header.encoding).toBe("gb18030");
    expect(rows[0]!.values.name).toBe("\u{20000}张");
  });

  test("openTable(csv) switches to gb18030 when GBK bytes first appear after an ASCII-only start", async () => {
    const ascii = Array.from({length: 3000}, (_, i) => `P${i},Zhang San,M,1990-01-02,local`).join("\n");
    expect(ascii.length).toBeGreaterThan(64 * 1024);
    const bytes = new Uint8Array([
      ...gbkBytes(`person_id,name,sex,birth_date,hukou_type\n${ascii}\n`),
      ...gbkBytes("P3000,张三,男,1990-01-02,户籍\n")
    ]);
    const dir = await tempDir();
    const {header, rows} = await openTable(await writeIn(dir, "persons.csv", bytes), persons);
    expect(header.encoding).toBe("utf-8");
    const all = await collect(rows);
    expect(header.encoding).toBe("gb18030");
    expect(all.length).toBe(3001);
    expect(all.map((r) => r.row)).toEqual(Array.from({length: 3001}, (_, i) => i + 1));
    expect(all[2999]!.values.person_id).toBe("P2999");
    expect(all[3000]!.values).toMatchObject({person_id: "P3000", name: "张三", sex: "男"});
  });

  test("openTable(csv) rejects UTF-8 text followed by bytes that are not UTF-8", async () => {
    const filler = "V9,山".repeat(20000);
    const bytes = new Uint8Array([...Buffer.from(`村居代码,村居名称\nV1,青山村\n${filler}\n`), ...gbkBytes("V2,张三\n")]);
    const dir = await tempDir();
    const {rows} = await openTable(await writeIn(dir, "villages.csv", bytes), villages);
    const error = await rejection(collect(rows));
    expect(error.message).toContain("villages.csv");
    expect(error.message).toContain("unreadable encoding");
    // The same sentence as an encoding found bad at the start (sniffCsv), with the byte where it broke.
    expect(error.message).toMatch(/^villages\.csv:第 \d+ 字节处出现无法识别的文字编码\(混用了 UTF-8 和 GBK\?\),请另存为 UTF-8 编码的 CSV \/ /);
    expect(fullWidthPunctuation(error.message)).toEqual([]);
  });

  test("openTable(csv) reads UTF-16LE and UTF-16BE with a BOM (Excel's Unicode text: tab, CRLF), numbering rows and lines as in UTF-8", async () => {
    // A cell outside the BMP (a surrogate pair), a blank line and a cell spanning lines, so that row and line differ.
    const text = "名册\r\n村居代码\t村居名称\t类型\r\nV001\t青山𠀀村\t村\r\n\r\nV002\t\"河东\r\n社区\"\t社区\r\nV003\t西村\t村\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    for (const [encoding, bytes] of [["utf-16le", le], ["utf-16be", be]] as const) {
      const {header, rows} = await readAll("村居.txt", bytes);
      expect(header, encoding).toMatchObject({encoding, delimiter: "\t", headerRow: 2, columns: ["village_code", "village_name", "village_type"]});
      expect(rows, encoding).toEqual([
        {row: 1, line: 3, values: {village_code: "V001", village_name: "青山𠀀村", village_type: "村"}},
        {row: 2, line: 5, values: {village_code: "V002", village_name: "河东\r\n社区", village_type: "社区"}},
        {row: 3, line: 7, values: {village_code: "V003", village_name: "西村", village_type: "村"}}
      ]);
    }
  });

  test("openTable(csv) rejects UTF-16 without a BOM, broken UTF-16 and binary files as unreadable encoding", async () => {
    const dir = await tempDir();
    const bare16 = Buffer.from("village_code,village_name\nV1,Qingshan\n", "utf16le");
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x81]);
    // A lone high surrogate (U+D800) in the first 64 KiB, and one after them.
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("村居代码,村居名称\nV1,青", "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from(",\n", "utf16le")]);
    const lateBroken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`村居代码,村居名称\nV1,${"青".repeat(40_000)}`, "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from(",\n", "utf16le")]);
    const nul16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("村居代码,村居名称\nV1,青\0山\n", "utf16le")]);
    for (const [name, bytes] of [["b.csv", bare16], ["c.csv", binary], ["d.csv", broken], ["e.csv", lateBroken], ["f.csv", nul16]] as const) {
      const path = await writeIn(dir, name, bytes);
      // Thrown by openTable (the first 64 KiB) or while the rows are read (after them).
      const error = await rejection((async () => collect((await openTable(path, villages)).rows))());
      expect(error.message).toContain(name);
      expect(error.message).toContain("unreadable encoding");
      expect(error.file).toBe(name);
      expect(fullWidthPunctuation(error.message)).toEqual([]);
    }
    const brokenError = await rejection(openTable(await writeIn(dir, "g.csv", broken), villages));
    expect(brokenError.message).toBe("g.csv:无法识别的文字编码(有 UTF-16 BOM,但内容不是 UTF-16),请另存为 UTF-8 编码的 CSV / g.csv: unreadable encoding (UTF-16 BOM but the bytes are not UTF-16); save it as a UTF-8 CSV");
    const nulError = await rejection(openTable(await writeIn(dir, "h.csv", nul16), villages));
    // Every code unit after the 2-byte BOM is 2 bytes.
    expect(nulError.message).toContain(`第 ${2 + 2 * "村居代码,村居名称\nV1,青".length} 字节处出现无法识别的文字编码(文件第 2 行含有 NUL 字符:二进制数据)`);
  });

  test("openTable(csv) rejects bytes invalid in both UTF-8 and GB18030", async () => {
    const bytes = new Uint8Array([...Buffer.from("village_code,village_name\nV1,"), 0xff, 0xff, 0x80, 0x0a]);
    const dir = await tempDir();
    const error = await rejection(openTable(await writeIn(dir, "villages.csv", bytes), villages));
    expect(error.message).toContain("unreadable encoding");
  });

  test("openTable(csv) matches English headers whatever their case, spaces or full-width forms", async () => {
    const text = " Village_Code ;\u3000ＶＩＬＬＡＧＥ＿ＮＡＭＥ;VILLAGE_TYPE\n\u3000Ｖ００１ ; 青山村\u3000;村\n";
    const {header, rows} = await readAll("villages.csv", text);
    expect(header.delimiter).toBe(";");
    expect(header.columns).toEqual(["village_code", "village_name", "village_type"]);
    expect(rows[0]!.values).toEqual({village_code: "V001", village_name: "青山村", village_type: "村"});
  });

  test("openTable(csv) detects a tab delimiter and keeps empty cells", async () => {
    const {header, rows} = await readAll("villages.txt", "村居代码\t村居名称\t类型\nV001\t\t村\nV002\t河东\t\n");
    expect(header.delimiter).toBe("\t");
    expect(rows.map((r) => r.values)).toEqual([
      {village_code: "V001", village_name: "", village_type: "村"},
      {village_code: "V002", village_name: "河东", village_type: ""}
    ]);
    expect(rows.every((r) => r.fieldCountMismatch === undefined)).toBe(true);
  });

  test("openTable(csv) does not split on the full-width comma", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", "村居代码，村居名称\nV001，青山村\n");
    const error = await rejection(openTable(path, villages));
    expect(error.message).toContain("村居代码,村居名称");
    expect(error.column).toBe("village_code");
  });

  test("openTable(csv) reads quoted fields holding delimiters, quotes and newlines; rows count records", async () => {
    const text = '村居代码,村居名称,类型\nV001,"青山村, 上片","说 ""村"""\nV002,"河东\n社区",社区\n\n  \n,,\nV003,西岭,村';
    const {rows} = await readAll("villages.csv", text);
    expect(rows).toEqual([
      {row: 1, line: 2, values: {village_code: "V001", village_name: "青山村, 上片", village_type: '说 "村"'}},
      {row: 2, line: 3, values: {village_code: "V002", village_name: "河东\n社区", village_type: "社区"}},
      {row: 3, line: 8, values: {village_code: "V003", village_name: "西岭", village_type: "村"}}
    ]);
  });

  test("openTable(csv) skips title lines above the header", async () => {
    const {header, rows} = await readAll("villages.csv", "青山镇村居名录,,\n\n制表：2024年,,\n村居代码,村居名称,类型\nV001,青山村,村\n");
    expect(header.headerRow).toBe(4);
    expect(rows).toEqual([{row: 1, line: 5, values: {village_code: "V001", village_name: "青山村", village_type: "村"}}]);
  });

  test("openTable(csv) yields zero rows for a header-only file", async () => {
    const {header, rows} = await readAll("villages.csv", "村居代码,村居名称\n");
    expect(header.columns).toEqual(["village_code", "village_name"]);
    expect(rows).toEqual([]);
  });

  test("openTable(csv) rejects an empty file, in one sentence whether it has no byte (sniffCsv) or only blank lines", async () => {
    const dir = await tempDir();
    for (const [name, content] of [["villages.csv", ""], ["blank.csv", "\n\r\n  \n"]] as const) {
      const error = await rejection(openTable(await writeIn(dir, name, content), villages));
      expect(error.message).toBe(`${name}:文件是空的 / ${name}: empty file`);
    }
  });

  test("openTable(csv) names the file and the row of a file cut inside a quoted field, with half-width punctuation after the Chinese: (文件第 N 行)", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", '村居代码,村居名称\nV001,青山村\nV002,"河东');
    const {rows} = await openTable(path, villages);
    const error = await rejection(collect(rows));
    expect(error.message).toContain("villages.csv");
    expect(error.message).toContain("villages.csv: row 2 (line 3): quote not closed");
    // Half-width punctuation after Chinese text, as every message (reasons.ts, the rejected-rows message).
    expect(error.message).toMatch(/^villages\.csv:第 2 条记录\(文件第 3 行\)引号没有闭合,文件可能被截断(\(“[^”]+”列\))? \/ /);
    expect(error.message).not.toMatch(/[（）：，]/);
    expect(error.row).toBe(2);
  });

  test("openTable(csv) passes on every row before a malformed quote, then names its row and line", async () => {
    const good = Array.from({length: 20000}, (_, i) => `V${i + 1},村${i + 1}`).join("\n");
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", `村居代码,村居名称\n\n${good}\nV20001,"青山"村\nV20002,河东\n`);
    const {rows} = await openTable(path, villages);
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const {row} of rows) seen.push(row);
      })()
    );
    expect(seen.length).toBe(20000);
    expect(seen.at(-1)).toBe(20000);
    expect(error.row).toBe(20001);
    expect(error.message).toContain("villages.csv: row 20001 (line 20003): text after a closing quote");
    expect(error.message).toContain('villages.csv:第 20001 条记录(文件第 20003 行)右引号后面还有文字(字段中的引号要写成两个:"")');
    expect(error.message).not.toMatch(/[（）：，]/);
  });

  test("openTable(path) refuses a path that is no table file: another type, missing, a folder, not a regular file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "folder.csv"));
    const refused = async (path: string) => (await rejection(openTable(path, villages))).message;
    const messages = [
      await refused(await writeIn(dir, "villages.docx", "x")),
      await refused(join(dir, "missing.csv")),
      await refused(join(dir, "folder.csv")),
      await refused("/dev/null")
    ];
    expect(messages.map((m) => m.split(" / ")[0])).toEqual([
      "villages.docx:不支持的文件类型,请用 .csv 或 .xlsx",
      "missing.csv:找不到文件",
      "folder.csv:是文件夹而不是文件",
      "null:不支持的文件类型,请用 .csv 或 .xlsx"
    ]);
    const device = (await rejection(openTable({file: "villages.csv", path: "/dev/null", format: "csv"}, villages))).message;
    expect(device).toBe("villages.csv:不是普通文件 / villages.csv: not a regular file");
    for (const message of messages) expect(fullWidthPunctuation(message)).toEqual([]);
  });

  test("openTable(csv) flags rows with another field count than the header", async () => {
    const text = "村居代码,村居名称,类型\nV001,青山村,村\nV002,河东,社区,,\nV003,西岭,村,备注\nV004,南";
    const {rows} = await readAll("villages.csv", text);
    expect(rows.map((r) => r.fieldCountMismatch)).toEqual([
      undefined,
      undefined,
      {expected: 3, actual: 4},
      {expected: 3, actual: 2}
    ]);
    expect(rows[3]!.values).toEqual({village_code: "V004", village_name: "南", village_type: ""});
  });

  test("openTable(csv) accepts rows without the fields of empty trailing header cells", async () => {
    const {rows} = await readAll("villages.csv", "村居代码,村居名称,类型,,\nV001,青山村,村\nV002,河东\n");
    expect(rows.map((r) => r.fieldCountMismatch)).toEqual([undefined, {expected: 5, actual: 2}]);
  });

  test("openTable(csv) names the file, the missing column and the headers found", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "人员.csv", "人员编号,姓名,性别,户籍类型\nP1,张三,男,户籍\n");
    const error = await rejection(openTable(path, persons));
    expect(error.file).toBe("人员.csv");
    expect(error.column).toBe("birth_date");
    expect(error.message).toContain("人员.csv:缺少必需列 “出生日期”(birth_date);找到的列:人员编号、姓名、性别、户籍类型 / ");
    expect(fullWidthPunctuation(error.message)).toEqual([]);
    expect(error.message).toContain('missing required column "birth_date"');
    expect(error.message).toContain("headers found: 人员编号, 姓名, 性别, 户籍类型");
  });

  test("openTable(csv) rejects two headers for one column, naming both", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", "村居代码,村居名称,Village_Name\nV001,青山村,Qingshan\n");
    const error = await rejection(openTable(path, villages));
    expect(error.message).toContain("villages.csv:表头“村居名称”和“Village_Name”都对应列“村居名称”,请只保留一列 / ");
    expect(fullWidthPunctuation(error.message)).toEqual([]);
    expect(error.message).toContain('headers "村居名称" and "Village_Name" both map to column "village_name"');
  });

  test("openTable(csv) reports unknown columns and leaves them out of the values", async () => {
    const {header, rows} = await readAll("villages.csv", "村居代码,备注,村居名称,\nV001,新建,青山村,\n");
    expect(header.unknownColumns).toEqual(["备注"]);
    expect(header.columns).toEqual(["village_code", "village_name"]);
    expect(rows[0]!.values).toEqual({village_code: "V001", village_name: "青山村"});
  });

  test("openTable(csv) reads a 1 MB field", async () => {
    const long = "山".repeat(1024 * 1024);
    const {rows} = await readAll("villages.csv", `村居代码,村居名称\nV001,"${long}"\nV002,河东\n`);
    expect(rows.length).toBe(2);
    expect(rows[0]!.values.village_name).toBe(long);
    expect(rows[1]!.values.village_code).toBe("V002");
  });

  test("openTable(csv) closes the file when rows are returned unread", async () => {
    const dir = await tempDir();
    const path = await writeIn(dir, "villages.csv", "村居代码,村居名称\nV001,青山村\n");
    const {rows} = await openTable(path, villages);
    await rows.return();
    expect(await rows.next()).toEqual({done: true, value: undefined});
  });
});
