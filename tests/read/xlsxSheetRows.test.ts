import {spawnSync} from "node:child_process";
import {join} from "node:path";
import ExcelJS from "exceljs";
import {afterEach, describe, expect, test} from "vitest";
import {removeTempDirs, tempDir} from "./helpers.ts";

const projectDir = join(import.meta.dirname, "..", "..");

afterEach(removeTempDirs);

describe("xlsxSheetRows", () => {
  // exceljs deletes the temp file of a skipped sheet while its read stream is still opening; before
  // the skipped sheet was closed with a listener, this crashed the process within ~60 reads
  // (and once in CI, in a single CLI run under load).
  test("xlsxSheetRows(path) skips a large hidden first sheet without crashing, read after read", async () => {
    const path = join(await tempDir(), "decoy.xlsx");
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet("旧数据", {state: "hidden"});
    for (let i = 0; i < 2000; i++) hidden.addRow([`H${i}`, i]);
    const sheet = workbook.addWorksheet("本期");
    for (let i = 0; i < 50; i++) sheet.addRow([`P${i}`, i]);
    await workbook.xlsx.writeFile(path);

    const times = 300;
    const result = spawnSync(
      join(projectDir, "node_modules", ".bin", "tsx"),
      [join(import.meta.dirname, "support", "readHiddenFirstSheetRepeatedly.ts"), path, String(times)],
      {cwd: projectDir, encoding: "utf8"}
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(Number(result.stdout.trim())).toBe(times * 50);
  });
});
