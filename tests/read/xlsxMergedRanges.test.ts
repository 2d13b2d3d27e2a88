import {join} from "node:path";
import ExcelJS from "exceljs";
import {afterEach, describe, expect, test} from "vitest";
import {coveredCells, mergedRangesFromXml, xlsxMergedRanges} from "../../loaders/read/xlsxMergedRanges.ts";
import {removeTempDirs, tempDir} from "./helpers.ts";

afterEach(removeTempDirs);

describe("xlsxMergedRanges", () => {
  test("mergedRangesFromXml(xml) reads A1-style ranges, with or without a namespace prefix or $, and skips what is not a range", () => {
    const xml = '<mergeCells count="4"><mergeCell ref="A1:F1"/><x:mergeCell ref="$B$4:$B$10"/><mergeCell ref="AA3:AB2"/><mergeCell ref="R1C1"/></mergeCells>';
    expect(mergedRangesFromXml(xml)).toEqual([
      {top: 1, left: 1, bottom: 1, right: 6},
      {top: 4, left: 2, bottom: 10, right: 2},
      {top: 2, left: 27, bottom: 3, right: 28}
    ]);
  });

  test("coveredCells(ranges) marks every cell of a range but its top-left one, row after row", () => {
    const covered = coveredCells([{top: 4, left: 2, bottom: 6, right: 3}, {top: 1, left: 1, bottom: 1, right: 6}]);
    const row = (r: number) => [1, 2, 3, 4].filter(covered(r));
    expect(row(1)).toEqual([2, 3, 4]);
    expect(row(3)).toEqual([]);
    expect(row(4)).toEqual([3]);
    expect(row(5)).toEqual([2, 3]);
    expect(row(6)).toEqual([2, 3]);
    expect(row(7)).toEqual([]);
  });

  test("xlsxMergedRanges(path, entry) finds the ranges after 20,000 rows of a sheet written by exceljs", async () => {
    const path = join(await tempDir(), "residence.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("居住登记");
    sheet.addRow(["person_id", "village_code"]);
    for (let i = 0; i < 20_000; i++) sheet.addRow([`P${i}`, `V${i % 7}`]);
    sheet.mergeCells("B2:B40");
    sheet.mergeCells("A20001:B20001");
    await workbook.xlsx.writeFile(path);
    expect(await xlsxMergedRanges(path, "xl/worksheets/sheet1.xml")).toEqual([
      {top: 2, left: 2, bottom: 40, right: 2},
      {top: 20001, left: 1, bottom: 20001, right: 2}
    ]);
    expect(await xlsxMergedRanges(path, "xl/worksheets/sheet9.xml")).toEqual([]);
  });
});
