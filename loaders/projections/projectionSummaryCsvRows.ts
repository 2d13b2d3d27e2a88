import {csvParseRows} from "d3";
import {csvTextFromFile} from "../publish/csvTextFromFile.ts";

/**
 * projectionSummaryCsvRows(path, numberColumns) reads a pipeline output CSV for the projection
 * summaries: the listed columns as numbers (an empty cell is null), every other column as text.
 * A listed cell that is not a number throws, naming the file, the row and the column; so does a row
 * whose number of cells is not the header's. Empty lines are skipped.
 *
 * d3's csvParseRows, each row's object built once with the numbers in place: a county's
 * projections.csv has 400,000 rows, which csv-parse (and a second pass over Object.entries) read in
 * about three times the time, in each of the site's loaders that read it.
 */
export function projectionSummaryCsvRows(path: string, numberColumns: readonly string[]): Record<string, string | number | null>[] {
  const [header = [], ...records] = csvParseRows(csvTextFromFile(path));
  const numeric = header.map((key) => numberColumns.includes(key));
  const rows: Record<string, string | number | null>[] = [];
  for (const record of records) {
    if (record.length === 1 && record[0] === "") continue; // an empty line
    const line = rows.length + 1;
    if (record.length !== header.length) throw new Error(`${path} 第${line}行有 ${record.length} 个字段,表头有 ${header.length} 个`);
    const row: Record<string, string | number | null> = {};
    for (let i = 0; i < header.length; ++i) {
      const value = record[i];
      if (!numeric[i]) row[header[i]] = value;
      else if (value === "") row[header[i]] = null;
      else {
        const number = Number(value);
        if (Number.isNaN(number)) throw new Error(`${path} 第${line}行 ${header[i]} 列不是数值:${value}`);
        row[header[i]] = number;
      }
    }
    rows.push(row);
  }
  return rows;
}
