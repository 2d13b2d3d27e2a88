import {CsvError} from "csv-parse";
import type {TableSpec} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {checkHeader} from "./checkHeader.ts";
import {checkRepeatedHeader} from "./checkRepeatedHeader.ts";
import {csvRecords, type CsvRecord} from "./csvRecords.ts";
import {delimiterFromLines} from "./delimiterFromLines.ts";
import {emptyFile} from "./emptyFile.ts";
import {headerFromCells, type HeaderMatch} from "./headerFromCells.ts";
import {sniffCsv} from "./sniffCsv.ts";
import {rowsWithClose} from "./rowsWithClose.ts";
import {csvColumnsFromHeader, isBlankRecord as isBlank, rawRowFromCells} from "./rawRowFromCells.ts";
import type {HeaderInfo, OpenedTable, RawRow} from "./types.ts";

/**
 * An ExtractError for a csv-parse error or an I/O error met at data row `row` (undefined: before or
 * at the header). `columnAt(index)` names the column of a field index (csv-parse's `index` is the
 * field where the error arose, e.g. where an unclosed quote opened).
 */
function extractErrorFrom(error: unknown, file: string, row: number | undefined, columnAt?: (index: number) => string | undefined): ExtractError {
  if (error instanceof ExtractError) return error;
  if (error instanceof CsvError) {
    const recordLine = error.recordLine ?? error.lines;
    const line = typeof recordLine === "number" ? recordLine : undefined;
    const zhLine = line === undefined ? "" : `(文件第 ${line} 行)`;
    const enLine = line === undefined ? "" : ` (line ${line})`;
    const column = typeof error.index === "number" ? columnAt?.(error.index) : undefined;
    const zhColumn = column === undefined ? "" : `(“${column}”列)`;
    const enColumn = column === undefined ? "" : ` (column "${column}")`;
    const where =
      row === undefined ? {zh: `表头附近${zhLine}`, en: `near the header${enLine}`} : {zh: `第 ${row} 条记录${zhLine}`, en: `row ${row}${enLine}`};
    const problem =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? {zh: "引号没有闭合,文件可能被截断", en: "quote not closed; the file may be truncated"}
        : error.code === "CSV_MAX_RECORD_SIZE"
          ? {zh: "记录过长:字段内容过长,或引号没有闭合", en: "record too long: a field far too long, or a quote not closed"}
          : error.code === "CSV_INVALID_CLOSING_QUOTE" || error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE"
            ? {zh: "右引号后面还有文字(字段中的引号要写成两个:\"\")", en: 'text after a closing quote (a quote inside a quoted field must be doubled: "")'}
            : // csv-parse's own message may quote cell values (names, ID numbers): only its code is shown.
              {zh: `CSV 格式错误(${error.code})`, en: `CSV syntax error (${error.code})`};
    return new ExtractError(`${file}:${where.zh}${problem.zh}${zhColumn} / ${file}: ${where.en}: ${problem.en}${enColumn}`, {
      file,
      row,
      ...(column === undefined ? {} : {column}),
      cause: error
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ExtractError(`${file}:无法读取文件:${message} / ${file}: cannot read the file: ${message}`, {
    file,
    row,
    cause: error
  });
}

/**
 * Open a CSV (or .txt) table: detect the encoding (UTF-8 with or without BOM, else GB18030) and
 * the delimiter, find the header among the first non-blank records (title lines above it are
 * skipped), check it, and stream the data rows.
 *
 * Blank records (empty lines, lines of spaces or delimiters only) are skipped and not counted:
 * `row` is the index of the record among the non-blank records after the header, `line` the
 * physical line where it starts. A record whose field count differs from the header's carries
 * `fieldCountMismatch` (extra empty trailing fields, and missing fields under empty trailing header
 * cells, are tolerated).
 */
export async function openCsvTable(
  path: string,
  file: string,
  spec: TableSpec,
  options: {maxRecordChars: number; headerSearchRows: number}
): Promise<OpenedTable> {
  const sniff = await sniffCsv(path, file, options.headerSearchRows).catch((error: unknown) => {
    throw extractErrorFrom(error, file, undefined);
  });
  const delimiter = delimiterFromLines(sniff.lines, spec);
  const header: HeaderInfo = {
    file,
    encoding: sniff.encoding,
    delimiter,
    columns: [],
    headers: {},
    unknownColumns: [],
    headerRow: 0
  };
  const batches = csvRecords(path, file, sniff.encoding, delimiter, options.maxRecordChars, sniff.classicMac, (encoding) => {
    header.encoding = encoding;
  });
  let batch: CsvRecord[] = [];
  let at = 0;

  let chosen: {match: HeaderMatch; record: CsvRecord} | undefined;
  let best: HeaderMatch | undefined;
  let seen = 0;
  try {
    search: while (seen < options.headerSearchRows) {
      while (at >= batch.length) {
        const next = await batches.next();
        if (next.done) break search;
        batch = next.value;
        at = 0;
      }
      const record = batch[at++]!;
      if (isBlank(record.cells)) continue;
      seen++;
      const match = headerFromCells(record.cells, spec);
      if (match.missing.length === 0) {
        chosen = {match, record};
        break;
      }
      if (!best || match.columns.length > best.columns.length) best = match;
    }
    if (!chosen) {
      if (!best) throw emptyFile(file);
      checkHeader(best, spec, file);
    }
    checkHeader(chosen!.match, spec, file);
  } catch (error) {
    await batches.return(undefined);
    throw extractErrorFrom(error, file, undefined);
  }

  const {match, record: headerRecord} = chosen!;
  header.columns = match.columns;
  header.headers = match.written;
  header.unknownColumns = match.unknownColumns;
  header.headerRow = headerRecord.line;
  const columns = csvColumnsFromHeader(headerRecord.cells, match.names);

  async function* rows(): AsyncGenerator<RawRow, void, undefined> {
    let row = 0;
    try {
      for (;;) {
        while (at < batch.length) {
          const {cells, line} = batch[at++]!;
          if (isBlank(cells)) continue;
          row++;
          const raw = rawRowFromCells(cells, columns, row, line);
          checkRepeatedHeader(raw, cells, {spec, columns, file, headerRow: header.headerRow});
          yield raw;
        }
        let next: IteratorResult<CsvRecord[]>;
        try {
          next = await batches.next();
        } catch (error) {
          throw extractErrorFrom(error, file, row + 1, (index) => match.names[index] ?? headerRecord.cells[index]);
        }
        if (next.done) return;
        batch = next.value;
        at = 0;
      }
    } finally {
      await batches.return(undefined);
    }
  }
  return {header, rows: rowsWithClose(rows(), () => batches.return(undefined))};
}
