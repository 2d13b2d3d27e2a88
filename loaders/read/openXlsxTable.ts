import {open, stat} from "node:fs/promises";
import type ExcelJS from "exceljs";
import type {TableSpec} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {emptyFile} from "./emptyFile.ts";
import {checkHeader} from "./checkHeader.ts";
import {checkRepeatedHeader} from "./checkRepeatedHeader.ts";
import {headerFromCells, type HeaderMatch} from "./headerFromCells.ts";
import {rowsWithClose} from "./rowsWithClose.ts";
import {sniffCsv} from "./sniffCsv.ts";
import {valueFromXlsxCell} from "./valueFromXlsxCell.ts";
import {coveredCells, xlsxMergedRanges} from "./xlsxMergedRanges.ts";
import {workbookSignature} from "./workbookSignature.ts";
import {xlsxSheetRows, type XlsxSheetState} from "./xlsxSheetRows.ts";
import {zipEntriesFromFile, type ZipEntry} from "./zipEntriesFromFile.ts";
import type {HeaderInfo, OpenedTable, RawRow} from "./types.ts";

const mib = 1024 * 1024;
const sheetEntry = /^xl\/worksheets\/sheet\d+\.xml$/;

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / mib)} MiB`;
}

/**
 * Whether exceljs's streaming reader reads this archive correctly. It parses a worksheet at once
 * when the shared strings and workbook relationships came before it in the archive, else it
 * parks the sheet in a temporary file until the end; parsed at once, it needs the styles (to
 * recognise dates) and the workbook (sheet names, hidden state) to have come first too. It also
 * only recognises worksheets named xl/worksheets/sheetN.xml.
 */
function streamable(entries: ZipEntry[]): boolean {
  const names = entries.map((e) => e.name);
  const at = (name: string) => names.indexOf(name);
  const workbook = at("xl/workbook.xml");
  const rels = at("xl/_rels/workbook.xml.rels");
  const shared = at("xl/sharedStrings.xml");
  const styles = at("xl/styles.xml");
  if (workbook < 0 || rels < 0) return false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!name.startsWith("xl/worksheets/") || !name.endsWith(".xml") || name.includes("/_rels/")) continue;
    if (!sheetEntry.test(name)) return false;
    const parsedAtOnce = shared >= 0 && shared < i && rels < i;
    if (parsedAtOnce && (workbook > i || styles > i)) return false;
  }
  return true;
}

/** The first bytes of the file (up to 8, enough for workbookSignature). */
async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(8);
    const {bytesRead} = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether the file reads as CSV text would (sniffCsv: UTF-8 or GB18030, no NUL byte): a CSV file saved under an .xlsx name. */
async function readsAsText(path: string, file: string): Promise<boolean> {
  return sniffCsv(path, file, 1).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ExtractError) return false;
      throw error;
    }
  );
}

/** Refuse files exceljs should not be fed; returns whether the streaming reader can be used. */
async function checkArchive(
  path: string,
  file: string,
  limits: {maxXlsxBytes: number; maxXlsxUncompressedBytes: number}
): Promise<boolean> {
  const {size} = await stat(path);
  if (size === 0) throw emptyFile(file);
  if (size > limits.maxXlsxBytes) {
    throw new ExtractError(
      `${file}:文件太大(${megabytes(size)},上限 ${megabytes(limits.maxXlsxBytes)}),请另存为 CSV / ` +
        `${file}: file too large (${megabytes(size)}, limit ${megabytes(limits.maxXlsxBytes)}); save it as CSV`,
      {file}
    );
  }
  const entries = await zipEntriesFromFile(path);
  if (!entries || !entries.some((e) => e.name === "xl/workbook.xml")) {
    if (workbookSignature(await firstBytes(path)) === "ole") {
      throw new ExtractError(
        `${file}:这是旧版 .xls 或加密的工作簿,请另存为不加密的 .xlsx 或 .csv / ` +
          `${file}: an old .xls or encrypted workbook; save it as an unencrypted .xlsx or .csv`,
        {file}
      );
    }
    if (await readsAsText(path, file)) {
      throw new ExtractError(
        `${file}:这是文本文件(CSV?),不是 .xlsx 工作簿:是 CSV 的话请把扩展名改为 .csv / ` +
          `${file}: this is a text file (CSV?), not an .xlsx workbook: if it is CSV, rename it to .csv`,
        {file}
      );
    }
    throw new ExtractError(`${file}:不是有效的 .xlsx 文件 / ${file}: not a valid .xlsx file`, {file});
  }
  const uncompressed = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (uncompressed > limits.maxXlsxUncompressedBytes) {
    throw new ExtractError(
      `${file}:解压后 ${megabytes(uncompressed)},超过上限 ${megabytes(limits.maxXlsxUncompressedBytes)},拒绝读取 / ` +
        `${file}: expands to ${megabytes(uncompressed)}, over the ${megabytes(limits.maxXlsxUncompressedBytes)} limit; refused`,
      {file}
    );
  }
  return streamable(entries);
}

/** A cell inside a merged range but not its top-left one (whole-workbook reader; the streaming one does not mark merges). */
function isCoveredByMerge(row: ExcelJS.Row, column: number): boolean {
  const cell = row.findCell(column);
  return cell !== undefined && cell.isMerged && cell.master !== cell;
}

function cellValue(row: ExcelJS.Row, column: number, date1904: boolean): string | Date {
  const cell = row.findCell(column);
  if (!cell) return "";
  // A merged cell other than the top-left one is empty, as the streaming reader reports it.
  if (isCoveredByMerge(row, column)) return "";
  return valueFromXlsxCell(cell.value, cell.numFmt, date1904);
}

/** A cell holding a number (or a formula whose cached result is one), read as text unless it has a date format. */
function isNumberCell(row: ExcelJS.Row, column: number): boolean {
  const value = row.findCell(column)?.value as unknown;
  if (typeof value === "number") return true;
  return typeof value === "object" && value !== null && typeof (value as {result?: unknown}).result === "number";
}

function rowTexts(row: ExcelJS.Row, date1904: boolean): string[] {
  const texts: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const value = cellValue(row, column, date1904);
    texts.push(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  }
  return texts;
}

function isBlankRow(row: ExcelJS.Row, date1904: boolean): boolean {
  if (!row.hasValues) return true;
  return rowTexts(row, date1904).every((text) => text === "");
}

function secondTable(file: string, spec: TableSpec, first: string, second: string): ExtractError {
  return new ExtractError(
    `${file}:工作表“${first}”和“${second}”都是“${spec.zh}”表,只能读一个:请把数据合并到一个工作表,或删除(或隐藏)另一个 / ` +
      `${file}: worksheets "${first}" and "${second}" both hold the ${spec.table} table and only one can be read: put the rows in one worksheet, or delete (or hide) the other`,
    {file}
  );
}

function wrapped(error: unknown, file: string, row: number | undefined): ExtractError {
  if (error instanceof ExtractError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ExtractError(`${file}:无法读取 .xlsx 文件:${message} / ${file}: cannot read the .xlsx file: ${message}`, {
    file,
    row,
    cause: error
  });
}

/**
 * Open an XLSX table: the first visible worksheet, header found among its first non-blank rows
 * (title rows above it are skipped), data rows streamed with exceljs's streaming reader. A later
 * visible worksheet with the table's header too makes the rows throw after the last row.
 *
 * Refused with an ExtractError before exceljs sees them: files over `maxXlsxBytes`, archives
 * declaring more than `maxXlsxUncompressedBytes` uncompressed, files that are not ZIP archives
 * (old .xls, encrypted workbooks). Blank rows are skipped; `row` is the sheet row minus the header row.
 * Merged cells: only the top-left cell of a merged range carries the value, the others are "" and
 * their columns are listed in the row's `mergedColumns`, so that validation can say why a cell the
 * sheet shows filled is read as empty.
 */
export async function openXlsxTable(
  path: string,
  file: string,
  spec: TableSpec,
  options: {maxXlsxBytes: number; maxXlsxUncompressedBytes: number; headerSearchRows: number}
): Promise<OpenedTable> {
  const streaming = await checkArchive(path, file, options).catch((error: unknown) => {
    throw wrapped(error, file, undefined);
  });
  const state: XlsxSheetState = {date1904: false};
  // A second visible sheet with the table's header (two years, two villages, a copy) would be left
  // out unread: refused, naming both sheets, rather than reading one of them silently.
  state.laterSheet = async (name, laterRows) => {
    let seen = 0;
    for await (const row of laterRows) {
      if (isBlankRow(row, state.date1904)) continue;
      if (headerFromCells(rowTexts(row, state.date1904), spec).missing.length === 0) throw secondTable(file, spec, state.sheet!, name);
      if (++seen >= options.headerSearchRows) return;
    }
  };
  const sheetRows = xlsxSheetRows(path, file, streaming, state);

  let chosen: {match: HeaderMatch; row: ExcelJS.Row} | undefined;
  let best: HeaderMatch | undefined;
  let seen = 0;
  try {
    while (seen < options.headerSearchRows) {
      const next = await sheetRows.next();
      if (next.done) break;
      if (isBlankRow(next.value, state.date1904)) continue;
      seen++;
      const match = headerFromCells(rowTexts(next.value, state.date1904), spec);
      if (match.missing.length === 0) {
        chosen = {match, row: next.value};
        break;
      }
      if (!best || match.columns.length > best.columns.length) best = match;
    }
    if (!chosen) {
      if (!best) throw emptyFile(file, {zh: "工作表中没有内容", en: "empty worksheet"});
      checkHeader(best, spec, file);
    }
    checkHeader(chosen!.match, spec, file);
  } catch (error) {
    await sheetRows.return(undefined);
    throw wrapped(error, file, undefined);
  }

  const {match, row: headerRow} = chosen!;
  const header: HeaderInfo = {
    file,
    encoding: "xlsx",
    columns: match.columns,
    headers: match.written,
    unknownColumns: match.unknownColumns,
    headerRow: headerRow.number,
    ...(state.sheet === undefined ? {} : {sheet: state.sheet})
  };
  const columnNumbers: number[] = [];
  const names: string[] = [];
  match.names.forEach((name, index) => {
    if (name !== undefined) {
      columnNumbers.push(index + 1);
      names.push(name);
    }
  });
  // rowTexts' index k is column number k + 1.
  const headerColumns = {indexes: columnNumbers.map((n) => n - 1), names};

  // Merged cells of the sheet: the streaming reader skips them, so they are read apart.
  let coveredInRow: ((row: number) => (column: number) => boolean) | undefined;
  if (state.entry) {
    try {
      coveredInRow = coveredCells(await xlsxMergedRanges(path, state.entry));
    } catch (error) {
      await sheetRows.return(undefined);
      throw wrapped(error, file, undefined);
    }
  }

  async function* rows(): AsyncGenerator<RawRow, void, undefined> {
    let last = headerRow.number;
    try {
      for (;;) {
        let next: IteratorResult<ExcelJS.Row>;
        try {
          next = await sheetRows.next();
        } catch (error) {
          throw wrapped(error, file, last - headerRow.number + 1);
        }
        if (next.done) return;
        const sheetRow = next.value;
        last = sheetRow.number;
        const values: Record<string, string | Date> = {};
        const covered = coveredInRow?.(sheetRow.number);
        let mergedColumns: string[] | undefined;
        let numberColumns: string[] | undefined;
        let empty = true;
        for (let i = 0; i < columnNumbers.length; i++) {
          const value = cellValue(sheetRow, columnNumbers[i]!, state.date1904);
          if (value !== "") empty = false;
          values[names[i]!] = value;
          if (covered?.(columnNumbers[i]!) || isCoveredByMerge(sheetRow, columnNumbers[i]!)) (mergedColumns ??= []).push(names[i]!);
          else if (typeof value === "string" && value !== "" && isNumberCell(sheetRow, columnNumbers[i]!)) (numberColumns ??= []).push(names[i]!);
        }
        if (empty && isBlankRow(sheetRow, state.date1904)) continue;
        const raw: RawRow = {
          row: sheetRow.number - headerRow.number, line: sheetRow.number, values,
          ...(mergedColumns ? {mergedColumns} : {}), ...(numberColumns ? {numberColumns} : {})
        };
        checkRepeatedHeader(raw, () => rowTexts(sheetRow, state.date1904), {spec, columns: headerColumns, file, headerRow: headerRow.number});
        yield raw;
      }
    } finally {
      await sheetRows.return(undefined);
    }
  }
  return {header, rows: rowsWithClose(rows(), () => sheetRows.return(undefined))};
}
