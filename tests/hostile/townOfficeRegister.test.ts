/**
 * A register as a town office keeps it: 人员.xlsx with Chinese headers under a title, 性别 written
 * 男性/女性, dates written 1990年5月1日, ID numbers typed into number cells (Excel keeps 15 significant
 * digits); 居住登记.csv in GBK with a title line, a remark spanning two lines and a blank line; and the
 * usual slips (户籍类型 外来, 起始原因 迁人). Read by the real CLI, the messages must tell the clerk
 * what to write, in which column as their header names it, and on which row of their file.
 */
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {reasons} from "../../loaders/validate/reasons.ts";
import {writeTownOfficeRegister as writeRegister} from "../support/townOfficeRegister.ts";
import {expectAccounted, popEnd, readCsv, readQuality, rejectsFor} from "./outputs.ts";
import {runCli, stackTrace} from "./runCli.ts";

const root = mkdtempSync(join(tmpdir(), "town-office-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const cli = (input: string, out: string) => runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 60_000});

describe("a town office's own register", () => {
  test("cli accepts 男性/女性 and 1990年5月1日, says which ID numbers Excel kept as numbers, and names each slip's column as written, its allowed values and its row in the file", async () => {
    const input = mkdtempSync(join(root, "in-"));
    await writeRegister(input, (id, given) => (id === "P3" ? "外来" : given));
    const out = join(root, "out");
    const result = await cli(input, out);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.code, result.stderr).toBe(0);
    expectAccounted(out);
    const q = readQuality(out);

    // Accepted as written: every person but P3 (外来), so the town keeps P1 P2 P5 at the end of 2022 (P6 fell with 迁人).
    expect(q.files.find((f) => f.file === "人员.xlsx")).toMatchObject({read: 7, accepted: 6, rejected: 1});
    expect(popEnd(out, 2022, "TOWN")).toBe(3);

    // The reasons list what may be written; rows are given as data rows and as the file numbers them.
    const rejects = readCsv(join(out, "rejects.csv"));
    const hukou = rejects.find((r) => r.file === "人员.xlsx")!;
    expect(hukou).toMatchObject({row: "3", line: "6", column: "hukou_type", value: "外来", reason: "invalid_hukou_type", message: reasons.invalid_hukou_type});
    for (const allowed of ["户籍", "流动"]) expect(hukou.message).toContain(allowed);
    // 居住登记.csv: title on line 1, header on 2, P2's record on lines 4–5, a blank line after P3 (line 6).
    expect(rejects.filter((r) => r.file === "居住登记.csv").map((r) => [r.row, r.line, r.column, r.reason])).toEqual([
      ["3", "6", "person_id", "person_rejected"],
      ["6", "10", "start_reason", "invalid_start_reason"]
    ]);
    expect(reasons.invalid_start_reason).toContain("期初、出生 或 迁入");

    // quality.json: the columns of each reason, and the headers the office wrote, for the 数据质量 page.
    // column_labels and lines_label: the same, worded as the page shows them.
    expect(rejectsFor(q, "人员.xlsx", "invalid_hukou_type")).toMatchObject({
      rows: [3], lines: [6], columns: ["hukou_type"], message: reasons.invalid_hukou_type, column_labels: ["户籍类型(hukou_type)"], lines_label: "Excel 第6行"
    });
    expect(q.files.find((f) => f.file === "人员.xlsx")!.column_headers).toMatchObject({hukou_type: "户籍类型", sex: "性别", id_number: "身份证号"});
    expect(rejectsFor(q, "居住登记.csv", "invalid_start_reason")).toMatchObject({rows: [6], lines: [10], columns: ["start_reason"], column_labels: ["起始原因(start_reason)"], lines_label: "文件第10行"});

    // P1 and P2's ID numbers were number cells: said as such, not as a wrong check digit.
    const ids = q.warnings_by_reason.filter((w) => w.reason.startsWith("id_number"));
    expect(ids.map((w) => [w.file, w.reason, w.rows, w.lines, w.column_labels, w.lines_label])).toEqual([["人员.xlsx", "id_number_as_number", [1, 2], [4, 5], ["身份证号(id_number)"], "Excel 第4、5行"]]);
    expect(ids[0]!.message).toContain("Excel 只保留15位有效数字");
  });

  test("cli on a workbook whose every 户籍类型 is 外来 stops naming the column as the header writes it, the values allowed and the rows as Excel numbers them", async () => {
    const input = mkdtempSync(join(root, "in-"));
    await writeRegister(input, () => "外来");
    const result = await cli(input, join(root, "stopped"));
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.stderr).toContain(`人员.xlsx:全部 7 行被拒绝 / all 7 rows rejected\n  · 户籍类型(hukou_type) 列:${reasons.invalid_hukou_type}:7 行,第 1、2、3、4、5 行等(Excel 第 4、5、6、7、8 行)`);
    // The residence rows fell with their persons; their rows are the CSV's lines (a title, a two-line record, a blank line).
    // (P6's row has a reason of its own, 迁人.)
    expect(result.stderr).toContain(`  · 人员编号(person_id) 列:${reasons.person_rejected}:6 行,第 1、2、3、4、5 行等(文件第 3、4、6、8、9 行);请先改正 人员.xlsx 中被拒绝的人员`);
    expect(result.stderr).toContain(`  · 起始原因(start_reason) 列:${reasons.invalid_start_reason}:1 行,第 6 行(文件第 10 行)`);
  });
});
