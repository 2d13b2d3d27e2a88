import {readFileSync} from "node:fs";
import {parse} from "csv-parse/sync";

/**
 * A CSV file's rows as csv-parse reads them (a reader independent of projectionSummaryCsvRows' d3, and
 * how it read them before), the listed columns as numbers (an empty cell: null), the others as text.
 */
export function csvRowsByCsvParse(path: string, numberColumns: readonly string[]): Record<string, string | number | null>[] {
  const records = parse(readFileSync(path, "utf-8"), {columns: true, bom: true, skip_empty_lines: true}) as Record<string, string>[];
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, !numberColumns.includes(key) ? value : value === "" ? null : Number(value)])));
}
