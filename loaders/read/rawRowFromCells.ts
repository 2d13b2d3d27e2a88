import {textFromCell} from "./textFromCell.ts";
import type {RawRow} from "./types.ts";

/** How the cells of a CSV record map to columns: from the header record. */
export interface CsvColumns {
  /** Index of each named column's cell. */
  indexes: number[];
  /** Canonical column name of each index. */
  names: string[];
  /** Number of header cells. */
  expected: number;
  /** Number of header cells up to the last non-empty one: a record may stop there. */
  minimum: number;
}

/** True when every cell is empty or whitespace (JavaScript's trim). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > 0 && cell.trim() !== "") return false;
  return true;
}

/** The column mapping of a header record whose cell `i` is column `names[i]` (undefined: not read). */
export function csvColumnsFromHeader(headerCells: readonly string[], names: readonly (string | undefined)[]): CsvColumns {
  const indexes: number[] = [];
  const named: string[] = [];
  names.forEach((name, index) => {
    if (name !== undefined) {
      indexes.push(index);
      named.push(name);
    }
  });
  const expected = headerCells.length;
  let minimum = expected;
  while (minimum > 0 && headerCells[minimum - 1]!.trim() === "") minimum--;
  return {indexes, names: named, expected, minimum};
}

/**
 * The RawRow of one non-blank CSV record: cleaned values by column name, and `fieldCountMismatch`
 * when the record has fewer cells than the header's last non-empty one, or more cells than the
 * header with something in the extra ones.
 */
export function rawRowFromCells(cells: readonly string[], columns: CsvColumns, row: number, line: number): RawRow {
  const {indexes, names, expected, minimum} = columns;
  const values: Record<string, string> = {};
  for (let i = 0; i < indexes.length; i++) {
    const cell = cells[indexes[i]!];
    values[names[i]!] = cell === undefined ? "" : textFromCell(cell);
  }
  const raw: RawRow = {row, line, values};
  const actual = cells.length;
  if (actual < minimum || (actual > expected && !isBlankRecord(cells.slice(expected)))) {
    raw.fieldCountMismatch = {expected, actual};
  }
  return raw;
}
