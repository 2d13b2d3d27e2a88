import {mkdir, rm} from "node:fs/promises";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import type {QualityReport} from "../../loaders/publish/qualityReport.ts";
import {reasons} from "../../loaders/validate/reasons.ts";
import {writeTownOfficeRegister} from "../support/townOfficeRegister.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {useBuiltSite, useSampleSite} from "./sampleSite.ts";

// A town office's register (Chinese headers; a workbook and GBK CSV files; rows rejected and warned
// of), written before its site's hooks build it, beside the sample's site (English headers, CSV).
const extractDir = join(projectDir, "tests", "artifacts", "extract-town-office");
beforeAll(async () => {
  await rm(extractDir, {recursive: true, force: true});
  await mkdir(extractDir, {recursive: true});
  await writeTownOfficeRegister(extractDir, (id, given) => (id === "P3" ? "外来" : given));
});
const office = useBuiltSite(extractDir, "tests/artifacts/site-town-office", {ownOutputs: true});
const sample = useSampleSite();

const qualityOf = (dir: string) => JSON.parse(readFileSync(join(dir, "quality.json"), "utf-8")) as QualityReport;

/** The rows of the quality page's table under the card titled `title`, each as {列, 文件中的行号, 代码, …}: its cells by header. */
async function tableRows(url: string, browser: Parameters<typeof openPage>[0], title: string) {
  const visit = await openPage(browser, `${url}/quality.html`);
  try {
    expectNoProblems(visit);
    const table = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: title})}).locator("table");
    return await table.evaluate((t) => {
      const headers = [...t.querySelectorAll("thead th")].map((th) => th.textContent!.trim());
      return [...t.querySelectorAll("tbody tr")].map((tr) => Object.fromEntries([...tr.querySelectorAll("td")].map((td, i) => [headers[i], td.textContent!.trim()])));
    });
  } finally {
    await visit.context.close();
  }
}

describe("数据质量 (src/quality.md): columns as the office's header writes them, rows as its file numbers them", () => {
  test("openPage(/quality.html) of a town office's register names each column as its header writes it, 户籍类型(hukou_type), and the rows as Excel (Excel 第6行) or the CSV file (文件第10行) numbers them", async () => {
    const rejects = await tableRows(office.url, office.browser, "拒绝原因");
    const row = (code: string) => rejects.find((r) => r["代码"] === code);
    expect(row("invalid_hukou_type")).toMatchObject({文件: "人员.xlsx", 列: "户籍类型(hukou_type)", 原因: reasons.invalid_hukou_type, 行数: "1", "行号(前20个)": "3", 文件中的行号: "Excel 第6行"});
    expect(row("invalid_start_reason")).toMatchObject({文件: "居住登记.csv", 列: "起始原因(start_reason)", "行号(前20个)": "6", 文件中的行号: "文件第10行"});
    expect(row("person_rejected")).toMatchObject({文件: "居住登记.csv", 列: "人员编号(person_id)", "行号(前20个)": "3", 文件中的行号: "文件第6行"});
    const warnings = await tableRows(office.url, office.browser, "警告");
    expect(warnings.find((r) => r["代码"] === "id_number_as_number")).toMatchObject({文件: "人员.xlsx", 列: "身份证号(id_number)", "行号(前20个)": "1、2", 文件中的行号: "Excel 第4、5行"});
  });

  test("openPage(/quality.html) of the sample (English headers, CSV files) names each column by its English name and each row by its line, as quality.json gives them", async () => {
    const quality = qualityOf(sample.outputsDir);
    expect(quality.files.every((f) => Object.keys(f.column_headers).length === 0)).toBe(true);
    for (const [title, groups] of [["拒绝原因", quality.rejects_by_reason], ["警告", quality.warnings_by_reason]] as const) {
      expect(groups.length, title).toBeGreaterThan(0);
      const rows = await tableRows(sample.url, sample.browser, title);
      expect(rows.length, title).toBe(groups.length);
      for (const group of groups) {
        const row = rows.find((r) => r["文件"] === group.file && r["代码"] === group.reason);
        expect(row, `${title} ${group.file} ${group.reason}`).toMatchObject({
          列: group.columns.map((c) => c ?? "整行").join("、"),
          文件中的行号: `文件第${group.lines.join("、")}行`
        });
      }
    }
  });
});
