import {readFileSync} from "node:fs";
import {parse} from "csv-parse/sync";

/**
 * projectionSummaryCsvRows(path, numberColumns) reads a pipeline output CSV for the projection
 * summaries: the listed columns as numbers (an empty cell is null), every other column as text.
 * A listed cell that is not a number throws, naming the file, the row and the column.
 */
export function projectionSummaryCsvRows(path: string, numberColumns: readonly string[]): Record<string, string | number | null>[] {
  const records = parse(readFileSync(path, "utf-8"), {columns: true, bom: true, skip_empty_lines: true}) as Record<string, string>[];
  const numeric = new Set(numberColumns);
  return records.map((record, index) => {
    const row: Record<string, string | number | null> = {};
    for (const [key, value] of Object.entries(record)) {
      if (!numeric.has(key)) row[key] = value;
      else if (value === "") row[key] = null;
      else {
        const number = Number(value);
        if (Number.isNaN(number)) throw new Error(`${path} 第${index + 1}行 ${key} 列不是数值:${value}`);
        row[key] = number;
      }
    }
    return row;
  });
}
