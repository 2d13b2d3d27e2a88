import {Readable} from "node:stream";
import {CsvError, parse, type Options} from "csv-parse";
import {csvChunks, type CsvChunksState} from "./csvChunks.ts";
import type {CsvEncoding} from "./sniffCsv.ts";

/**
 * A csv-parse error (unclosed quote, text after a closing quote, record too long) with the
 * position of the record that failed: `recordLine` is the physical line where that record starts.
 */
export type CsvRecordError = CsvError & {recordLine: number};

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

/** Records csv-parse may hold ahead of the reader. */
const recordBuffer = 1024;

/** Number of line feeds inside the cells of a record (quoted multi-line fields). */
function newlinesIn(cells: string[]): number {
  let newlines = 0;
  for (const cell of cells) {
    let at = cell.indexOf("\n");
    while (at !== -1) {
      newlines++;
      at = cell.indexOf("\n", at + 1);
    }
  }
  return newlines;
}

async function* parsedRecords(
  path: string,
  file: string,
  encoding: CsvEncoding,
  delimiter: string,
  maxRecordChars: number,
  classicMac: boolean,
  state: CsvChunksState
): AsyncGenerator<CsvRecord[]> {
  const options: Options = {
    delimiter,
    // Both CRLF and LF end a record, in any mix: a file joined from extracts saved on Windows and on
    // Linux has both, and csv-parse's own detection keeps the first it meets (after CRLF, every LF
    // line ran into the next record). A classic Mac file (CR alone) is left to that detection.
    ...(classicMac ? {} : {record_delimiter: ["\r\n", "\n"]}),
    bom: false,
    // A record with more or fewer fields than the header is passed on and flagged by the caller.
    relax_column_count: true,
    // A quote inside an unquoted field is kept as text.
    relax_quotes: true,
    // Empty lines come through as [""] so that physical lines can be counted here; the caller skips them.
    skip_empty_lines: false,
    // Spaces around quoted fields (`a, "b,c"`); cells are trimmed again by textFromCell.
    trim: delimiter !== "\t",
    max_record_size: maxRecordChars,
    // A syntax error does not destroy the stream (which would drop the records parsed before it):
    // csv-parse skips the record and reports it, and the error is thrown below once every record
    // before it has been passed on.
    skip_records_with_error: true
  };
  const parser = parse({...options, readableHighWaterMark: recordBuffer} as Options);
  const source = Readable.from(csvChunks(path, file, encoding, state));
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  let failure: CsvError | undefined;
  parser.on("skip", (error: CsvError) => {
    failure ??= error;
  });
  const failed = (error: CsvError): CsvRecordError => Object.assign(error, {recordLine: line});
  // csv-parse's on_record/info options would give line numbers but double the parse time.
  let line = 1;
  let read = 0;
  try {
    // Records already parsed are taken as one batch: each await costs more than parsing a record.
    for await (const first of parser as AsyncIterable<string[]>) {
      const batch: CsvRecord[] = [];
      let cells: string[] | null = first;
      while (cells !== null) {
        if (failure && read === failure.records) break;
        batch.push({cells, line});
        line += 1 + newlinesIn(cells);
        read++;
        cells = parser.read() as string[] | null;
      }
      if (batch.length > 0) yield batch;
      if (failure && read === failure.records) throw failed(failure);
    }
    if (failure) throw failed(failure);
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/**
 * Parse a CSV file into batches of records with csv-parse, streaming. Every record is passed on, blank ones
 * included (an empty line is [""]), so that `line` can count physical lines.
 *
 * A file sniffed as "utf-8" whose bytes stop being UTF-8 after an ASCII-only start is read again
 * from the start as GB18030; the records already passed on (ASCII, hence identical) are skipped
 * and `onEncoding("gb18030")` is called. Errors are csv-parse's CsvError or ExtractError.
 */
export async function* csvRecords(
  path: string,
  file: string,
  encoding: CsvEncoding,
  delimiter: string,
  maxRecordChars: number,
  classicMac: boolean,
  onEncoding: (encoding: CsvEncoding) => void
): AsyncGenerator<CsvRecord[]> {
  let passed = 0;
  for (;;) {
    const state: CsvChunksState = {ascii: true, restartAsGb18030: false};
    let skip = passed;
    try {
      for await (let batch of parsedRecords(path, file, encoding, delimiter, maxRecordChars, classicMac, state)) {
        if (state.restartAsGb18030) break;
        if (skip > 0) {
          const skipped = Math.min(skip, batch.length);
          skip -= skipped;
          batch = batch.slice(skipped);
          if (batch.length === 0) continue;
        }
        passed += batch.length;
        yield batch;
      }
    } catch (error) {
      // The parse of a cut-off stream may fail (e.g. an open quote); the restart supersedes it.
      if (!state.restartAsGb18030) throw error;
    }
    if (!state.restartAsGb18030) return;
    encoding = "gb18030";
    onEncoding(encoding);
  }
}
