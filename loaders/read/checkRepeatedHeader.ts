import {headerNames, type TableSpec} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {headerFromCells} from "./headerFromCells.ts";
import type {CsvColumns} from "./rawRowFromCells.ts";
import type {RawRow} from "./types.ts";

/**
 * Marks a record (a CSV record or a worksheet row) that is the table's header again
 * (`raw.repeatedHeader`), as when two extracts are pasted one under the other: it names every required column, each at the index the file's
 * header has it (in English or Chinese alike), so the rows after it read as before. A header row
 * whose columns stand elsewhere (or are others) throws an ExtractError naming its row and line: the
 * rows after it cannot be read by the file's header, and reading them so would put values under the
 * wrong column. Only a record whose cell under one of the header's columns is a column's name is
 * matched as a header (a set lookup per column), so a data row costs little; `cells` (the record's
 * texts, index k for the k-th cell) may be a function, called only for such a record, where making
 * them costs (a worksheet row's).
 */
export function checkRepeatedHeader(
  raw: RawRow,
  cells: readonly string[] | (() => readonly string[]),
  {spec, columns, file, headerRow}: {spec: TableSpec; columns: Pick<CsvColumns, "indexes" | "names">; file: string; headerRow: number}
): void {
  const names = headerNames(spec);
  let named = false;
  for (const value of Object.values(raw.values)) {
    if (typeof value === "string" && names.has(value.toLowerCase())) {
      named = true;
      break;
    }
  }
  if (!named) return;
  const match = headerFromCells(typeof cells === "function" ? cells() : cells, spec);
  if (match.missing.length > 0) return;
  const same = match.columns.length === columns.names.length && columns.names.every((name, k) => match.names[columns.indexes[k]!] === name);
  if (same) {
    raw.repeatedHeader = true;
    return;
  }
  throw new ExtractError(
    `${file}:第 ${raw.row} 行(文件第 ${raw.line} 行)又是一行表头,但列的顺序或列与文件第 ${headerRow} 行的表头不同,其后各行无法按原表头读取:请把两部分的列排成相同顺序后重新合并 / ` +
      `${file}: row ${raw.row} (line ${raw.line}) is another header row, with its columns in another order or other columns than the header on line ${headerRow}: the rows after it cannot be read by that header; put the columns of both parts in the same order and join them again`,
    {file, row: raw.row}
  );
}
