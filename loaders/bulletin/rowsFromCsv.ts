import {parse} from "csv-parse/sync";

/** Columns of the pipeline outputs read as text; every other column is a number (empty = null). */
const textColumns = new Set(["village_code", "village_name", "village_type", "indicator", "op", "label", "status", "inconclusive_reason", "sex", "age_group"]);

/**
 * rowsFromCsv(text): the rows of a pipeline output CSV with typed cells: text columns stay text (a
 * code "001" is not 1), "true"/"false" become booleans, an empty cell is null, the rest numbers.
 * The pipeline neutralises text cells that start like a spreadsheet formula with a leading
 * apostrophe; it is removed here, since the bulletin renders text as text.
 * A cell that should be a number but is not one throws, naming the column, the row and the value.
 */
export function rowsFromCsv(text: string): Record<string, string | number | boolean | null>[] {
  const records = parse(text, {columns: true, bom: true, skip_empty_lines: true}) as Record<string, string>[];
  return records.map((record, index) => {
    const row: Record<string, string | number | boolean | null> = {};
    for (const [key, value] of Object.entries(record)) {
      if (value === "") row[key] = null;
      else if (textColumns.has(key)) row[key] = /^'[=+\-−@\t\r]/.test(value) ? value.slice(1) : value;
      else if (value === "true" || value === "false") row[key] = value === "true";
      else {
        const number = Number(value);
        if (Number.isNaN(number)) throw new Error(`第${index + 1}行 ${key} 列不是数值:${value}`);
        row[key] = number;
      }
    }
    return row;
  });
}
