import {Readable} from "node:stream";
import {parse, type InfoRecord, type Options} from "csv-parse";
import {csvChunks, type CsvChunksState} from "./csvChunks.ts";
import type {CsvEncoding} from "./sniffCsv.ts";

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

/** Records csv-parse may hold ahead of the reader. */
const recordBuffer = 1024;

function lineOfRecord(cells: string[], context: InfoRecord): CsvRecord {
  // context.lines is the line where the record ends; quoted newlines move its start up.
  let newlines = 0;
  for (const cell of cells) {
    let at = cell.indexOf("\n");
    while (at !== -1) {
      newlines++;
      at = cell.indexOf("\n", at + 1);
    }
  }
  return {cells, line: context.lines - newlines};
}

async function* parsedRecords(
  path: string,
  file: string,
  encoding: CsvEncoding,
  delimiter: string,
  maxRecordChars: number,
  state: CsvChunksState
): AsyncGenerator<CsvRecord> {
  const options: Options = {
    delimiter,
    bom: false,
    // A record with more or fewer fields than the header is passed on and flagged by the caller.
    relax_column_count: true,
    // A quote inside an unquoted field is kept as text.
    relax_quotes: true,
    skip_empty_lines: true,
    // Spaces around quoted fields (`a, "b,c"`); cells are trimmed again by textFromCell.
    trim: delimiter !== "\t",
    max_record_size: maxRecordChars,
    on_record: lineOfRecord as unknown as Options["on_record"]
  };
  const parser = parse({...options, readableHighWaterMark: recordBuffer} as Options);
  const source = Readable.from(csvChunks(path, file, encoding, state));
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<CsvRecord>) yield record;
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/**
 * Parse a CSV file into records with csv-parse, streaming. Every record is passed on, blank ones
 * included (lines with only delimiters or spaces); wholly empty lines are skipped by csv-parse.
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
  onEncoding: (encoding: CsvEncoding) => void
): AsyncGenerator<CsvRecord> {
  let passed = 0;
  for (;;) {
    const state: CsvChunksState = {ascii: true, restartAsGb18030: false};
    let skip = passed;
    try {
      for await (const record of parsedRecords(path, file, encoding, delimiter, maxRecordChars, state)) {
        if (state.restartAsGb18030) break;
        if (skip > 0) {
          skip--;
          continue;
        }
        passed++;
        yield record;
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
