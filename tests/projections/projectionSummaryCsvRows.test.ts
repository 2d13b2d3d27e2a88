import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {projectionSummaryCsvRows} from "../../loaders/projections/projectionSummaryCsvRows.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {csvRowsByCsvParse} from "../support/csvRowsByCsvParse.ts";

/** A CSV file with `text`, in a fresh folder. */
function csvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "summary-csv-rows-")), "file.csv");
  writeFileSync(path, text);
  return path;
}

describe("projectionSummaryCsvRows", () => {
  test("projectionSummaryCsvRows(path, numberColumns) reads the listed columns as numbers (empty: null), the others as text (empty: \"\"), without the BOM, quoted cells whole, empty lines skipped", () => {
    const path = csvFile('\uFEFFyear,village_code,village_name,pop_end\n2025,001,"东村,一组",12\n\n2025,002,,\n');
    expect(projectionSummaryCsvRows(path, ["year", "pop_end"])).toEqual([
      {year: 2025, village_code: "001", village_name: "东村,一组", pop_end: 12},
      {year: 2025, village_code: "002", village_name: "", pop_end: null}
    ]);
  });

  test("projectionSummaryCsvRows(path, numberColumns) throws naming the file, the row and the column of a cell that is not a number, and a row of another length than the header", () => {
    const text = csvFile("year,pop_end\n2025,1\n2025,abc\n");
    expect(() => projectionSummaryCsvRows(text, ["year", "pop_end"])).toThrow(`${text} 第2行 pop_end 列不是数值:abc`);
    const short = csvFile("year,pop_end\n2025\n");
    expect(() => projectionSummaryCsvRows(short, ["year", "pop_end"])).toThrow(`${short} 第1行有 1 个字段,表头有 2 个`);
  });

  test("projectionSummaryCsvRows(outputs of data/sample, with and without --min-cell) gives the rows csv-parse gives, blanks and all", async () => {
    for (const minCell of [undefined, 5]) {
      const outputs = await ensurePipelineOutputs("data/sample", minCell === undefined ? {} : {minCell});
      for (const [file, numbers] of [["projections.csv", ["base_year", "year", "population", "lower_80", "upper_80", "lower_95", "upper_95"]], ["village_year.csv", ["year", "births", "pop_6_14", "pop_end"]]] as const) {
        const path = join(outputs, file);
        const rows = projectionSummaryCsvRows(path, numbers);
        expect(rows.length, file).toBeGreaterThan(100);
        expect(rows, `${file} min-cell ${minCell}`).toEqual(csvRowsByCsvParse(path, [...numbers]));
        if (minCell !== undefined && file === "village_year.csv") expect(rows.some((row) => row.births === null), "a blank withheld by --min-cell").toBe(true);
      }
    }
  }, 600_000);
});
