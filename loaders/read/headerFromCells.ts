import {columnFromHeader, type ColumnSpec, type TableSpec} from "./extractFormat.ts";
import {textFromCell} from "./textFromCell.ts";

export interface HeaderMatch {
  /** Canonical column name of each cell (by index); undefined for unknown, empty or duplicate cells. */
  names: (string | undefined)[];
  /** Canonical names present, in file order. */
  columns: string[];
  /** Non-empty cells that are not columns of the table. */
  unknownColumns: string[];
  /** Required columns of the table that no cell maps to. */
  missing: ColumnSpec[];
  /** Cells mapping to a column already taken by an earlier cell. */
  duplicates: {column: string; cells: [string, string]}[];
  /** All non-empty cells, cleaned, for messages. */
  found: string[];
  /** The header cell of each column present, as written (cleaned), by canonical name: {sex: "性别"}. */
  written: Record<string, string>;
}

/**
 * Match the cells of a candidate header row against a table's columns (via `columnFromHeader`:
 * case, surrounding spaces and full-width forms do not matter; line breaks inside a cell, with the
 * spaces around them, are dropped).
 *
 *     headerFromCells([" Village_Code ", "村居名称", "备注"], tableSpec("villages"))
 *     // {columns: ["village_code", "village_name"], unknownColumns: ["备注"], missing: [], …}
 */
export function headerFromCells(cells: readonly string[], spec: TableSpec): HeaderMatch {
  const names: (string | undefined)[] = [];
  const columns: string[] = [];
  const unknownColumns: string[] = [];
  const duplicates: HeaderMatch["duplicates"] = [];
  const found: string[] = [];
  const firstCell = new Map<string, string>();
  for (const raw of cells) {
    // A line break typed in a header cell to wrap it (Alt+Enter: "出生⏎日期") is not part of the name,
    // and would break the one-line messages that quote the header.
    const cell = textFromCell(raw).replace(/\s*[\r\n]+\s*/g, "");
    if (cell === "") {
      names.push(undefined);
      continue;
    }
    found.push(cell);
    const column = columnFromHeader(spec, cell);
    if (!column) {
      names.push(undefined);
      unknownColumns.push(cell);
      continue;
    }
    const first = firstCell.get(column.name);
    if (first !== undefined) {
      names.push(undefined);
      duplicates.push({column: column.name, cells: [first, cell]});
      continue;
    }
    firstCell.set(column.name, cell);
    names.push(column.name);
    columns.push(column.name);
  }
  const missing = spec.columns.filter((c) => c.required && !firstCell.has(c.name));
  return {names, columns, unknownColumns, missing, duplicates, found, written: Object.fromEntries(firstCell)};
}
