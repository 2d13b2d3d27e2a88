import type {TableSpec} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import type {HeaderMatch} from "./headerFromCells.ts";

/** How many header cells a message lists at most. */
const listedCells = 30;

function listed(cells: string[], separator: string, none: string): string {
  if (cells.length === 0) return none;
  const shown = cells.slice(0, listedCells).join(separator);
  return cells.length > listedCells ? `${shown}${separator}…` : shown;
}

/**
 * Throw an ExtractError when a header lacks required columns or has two cells for one column.
 * Messages are one line, Chinese then English, and name the file, the columns and the headers found.
 */
export function checkHeader(match: HeaderMatch, spec: TableSpec, file: string): void {
  if (match.missing.length > 0) {
    const zh = match.missing.map((c) => `“${c.zh}”(${c.name})`).join("、");
    const en = match.missing.map((c) => `"${c.name}" (${c.zh})`).join(", ");
    throw new ExtractError(
      `${file}:缺少必需列 ${zh};找到的列:${listed(match.found, "、", "无")} / ` +
        `${file}: missing required column ${en}; headers found: ${listed(match.found, ", ", "none")}`,
      {file, column: match.missing[0]!.name}
    );
  }
  if (match.duplicates.length > 0) {
    const {column, cells} = match.duplicates[0]!;
    const zhLabel = spec.columns.find((c) => c.name === column)?.zh ?? column;
    throw new ExtractError(
      `${file}:表头“${cells[0]}”和“${cells[1]}”都对应列“${zhLabel}”,请只保留一列 / ` +
        `${file}: headers "${cells[0]}" and "${cells[1]}" both map to column "${column}"; keep only one`,
      {file, column}
    );
  }
}
