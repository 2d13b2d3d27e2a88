/**
 * A register as a town office keeps it (tests/hostile/townOfficeRegister.test.ts reads it with the CLI,
 * tests/site/qualityPage.test.ts shows its 数据质量 page): 人员.xlsx with Chinese headers under a title,
 * 村居.csv and 居住登记.csv in GBK with Chinese headers, 居住登记.csv with a title line, a remark spanning
 * two lines and a blank line, and P6 starting 迁人 (rejected).
 */
import ExcelJS from "exceljs";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {gb18030Bytes} from "../hostile/gb18030Bytes.ts";
import {town} from "../hostile/town.ts";
import {writeExtract} from "./writeExtract.ts";

/** 1990-05-01 → 1990年5月1日 (even rows) or 1990年05月01日 (odd rows). */
const writtenDate = (iso: string, padded: boolean) => {
  const [y, m, d] = iso.split("-");
  return padded ? `${y}年${m}月${d}日` : `${y}年${Number(m)}月${Number(d)}日`;
};

/**
 * writeTownOfficeRegister(dir, hukou) writes the office's register into dir. persons: P1 and P2's
 * ID numbers in number cells as Excel holds them (the first 15 digits, then zeros); the others as
 * text. `hukou(person)` gives each person's 户籍类型.
 * Sheet rows: 1 title, 2 blank, 3 header, 4… data (P1 on row 4 = data row 1).
 */
export async function writeTownOfficeRegister(dir: string, hukou: (personId: string, given: string) => string): Promise<void> {
  const t = town();
  // 村居.csv in GBK, Chinese headers.
  writeFileSync(join(dir, "村居.csv"), gb18030Bytes(["村居代码,村居名称,类型", ...t.villages.map((v) => `${v.village_code},${v.village_name},${v.village_type}`)].join("\r\n") + "\r\n"));
  writeExtract({meta: t.meta}, dir);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("人员");
  sheet.addRow(["青石镇人员登记表"]);
  sheet.mergeCells(1, 1, 1, 9);
  sheet.addRow([]);
  sheet.addRow(["人员编号", "姓名", "身份证号", "性别", "出生日期", "户籍类型", "母亲编号", "孩次", "政策符合"]);
  t.persons.forEach((p, i) => {
    const id = String(p.id_number);
    sheet.addRow([
      p.person_id, p.name,
      i < 2 ? Number(`${id.slice(0, 15)}000`) : id,
      `${p.sex}性`,
      writtenDate(String(p.birth_date), i % 2 === 1),
      hukou(String(p.person_id), String(p.hukou_type)),
      p.mother_id, p.birth_order === "" ? null : Number(p.birth_order), p.policy_compliant
    ]);
  });
  await workbook.xlsx.writeFile(join(dir, "人员.xlsx"));

  // 居住登记.csv in GBK: a title line; P2's remark spans two lines; a blank line after P3; P6 came 迁人.
  const lines = ["青石镇居住登记", "人员编号,村居代码,起始日期,起始原因,终止日期,终止原因,备注"];
  for (const r of t.residence) {
    const remark = r.person_id === "P2" ? '"户主\n已核实"' : "";
    lines.push([r.person_id, r.village_code, r.start_date, r.person_id === "P6" ? "迁人" : r.start_reason, r.end_date, r.end_reason, remark].join(","));
    if (r.person_id === "P3") lines.push("");
  }
  writeFileSync(join(dir, "居住登记.csv"), gb18030Bytes(lines.join("\r\n") + "\r\n"));
}
