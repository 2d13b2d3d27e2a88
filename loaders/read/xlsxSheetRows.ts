import {Readable} from "node:stream";
import ExcelJS from "exceljs";
import {ExtractError} from "./ExtractError.ts";

export interface XlsxSheetState {
  /** Name of the worksheet read; set before the first row. */
  sheet?: string;
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
  /**
   * Streaming reader only: the worksheet's path in the archive (e.g. "xl/worksheets/sheet2.xml"), to
   * find its merged cells, which that reader skips. The whole-workbook reader marks them itself.
   */
  entry?: string;
  /**
   * Called, once the rows of the sheet read are done, with each later visible worksheet (its name
   * and rows), so that the caller can refuse a workbook holding a second table; it may stop
   * reading the rows early. Rejecting makes the rows' generator throw.
   */
  laterSheet?: (name: string, rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>) => Promise<void>;
}

interface SheetModel {
  name?: string;
  state?: string;
  rId?: string;
}

/** The archive path of a sheet from the workbook's relationships ("worksheets/sheet2.xml" → "xl/worksheets/sheet2.xml"). */
function sheetEntry(sheet: SheetModel, rels: {Id?: string; Target?: string}[] | undefined): string | undefined {
  const target = rels?.find((rel) => rel.Id === sheet.rId)?.Target;
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function isVisible(state: string | undefined): boolean {
  return state !== "hidden" && state !== "veryHidden";
}

function noVisibleSheet(file: string): ExtractError {
  return new ExtractError(`${file}:没有可见的工作表 / ${file}: no visible worksheet`, {file});
}

/**
 * Let go of a worksheet that is not read. exceljs parks a worksheet that comes before the shared
 * strings in a temp file, opens it when the sheet is handed out and deletes it as soon as the next
 * sheet is asked for; a sheet skipped unread would then fail to open with nobody listening, which
 * crashes the process. Closing it here, with a listener, makes that failure harmless.
 */
function discardWorksheet(sheet: unknown): void {
  const source = (sheet as {iterator?: unknown}).iterator;
  if (source instanceof Readable) {
    source.on("error", () => {});
    source.destroy();
  }
}

/** Thrown inside when the streaming reader cannot tell which sheet is the first visible one. */
class UnknownSheet extends Error {}

async function* streamedRows(path: string, file: string, state: XlsxSheetState): AsyncGenerator<ExcelJS.Row> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore"
  });
  const internals = reader as unknown as {
    model?: {sheets?: SheetModel[]};
    properties?: {model?: {date1904?: boolean}};
    stream?: {destroy(): void};
    workbookRels?: {Id?: string; Target?: string}[];
  };
  try {
    let read = false;
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as SheetModel & AsyncIterable<ExcelJS.Row>;
      const sheets = internals.model?.sheets;
      if (read) {
        // A later sheet: shown to laterSheet when visible, then let go of (it may be left half read).
        const model = sheets?.find((s) => s.name === sheet.name);
        try {
          if (model && isVisible(model.state) && state.laterSheet) await state.laterSheet(model.name!, sheet);
        } finally {
          discardWorksheet(sheet);
        }
        continue;
      }
      if (!sheets || sheet.name === undefined) throw new UnknownSheet();
      const first = sheets.find((s) => isVisible(s.state));
      if (!first) throw noVisibleSheet(file);
      if (sheet.name !== first.name) {
        discardWorksheet(sheet);
        continue;
      }
      state.sheet = sheet.name;
      state.date1904 = internals.properties?.model?.date1904 === true;
      state.entry = sheetEntry(first, internals.workbookRels);
      yield* sheet;
      read = true;
      if (!state.laterSheet) return;
    }
    if (!read) throw noVisibleSheet(file);
  } finally {
    internals.stream?.destroy();
  }
}

async function* loadedRows(path: string, file: string, state: XlsxSheetState): AsyncGenerator<ExcelJS.Row> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheet = workbook.worksheets.find((w) => isVisible(w.state));
  if (!worksheet) throw noVisibleSheet(file);
  state.sheet = worksheet.name;
  state.date1904 = workbook.properties?.date1904 === true;
  yield* worksheetRows(worksheet);
  if (!state.laterSheet) return;
  for (const later of workbook.worksheets.slice(workbook.worksheets.indexOf(worksheet) + 1)) {
    if (isVisible(later.state)) await state.laterSheet(later.name, worksheetRows(later));
  }
}

function* worksheetRows(worksheet: ExcelJS.Worksheet): Generator<ExcelJS.Row> {
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    if (row) yield row;
  }
}

/**
 * The rows of the first visible worksheet (in workbook order; hidden and very hidden sheets are
 * skipped), as exceljs Row objects in sheet order. Empty rows may be left out. After the last row,
 * each later visible worksheet is passed to `state.laterSheet` when it is set.
 *
 * With `streaming` the exceljs streaming reader is used (rows are never all in memory); when it
 * cannot name the sheets (unusual archive layout) this falls back to the whole-workbook reader,
 * which `streaming: false` selects directly.
 */
export async function* xlsxSheetRows(
  path: string,
  file: string,
  streaming: boolean,
  state: XlsxSheetState
): AsyncGenerator<ExcelJS.Row> {
  if (streaming) {
    try {
      yield* streamedRows(path, file, state);
      return;
    } catch (error) {
      if (!(error instanceof UnknownSheet)) throw error;
    }
  }
  yield* loadedRows(path, file, state);
}
