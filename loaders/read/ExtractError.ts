/**
 * A problem with a whole file or with the extract as a whole (missing table, unreadable file,
 * missing required column…). The CLI prints `message` (one line, Chinese then English) without a
 * stack trace. Problems with single rows are not errors: they are rejects, handled by validation;
 * but a file whose rows are mostly rejected cannot be used either: TooManyRejectedError
 * (loaders/validate), a subclass whose message has a few lines (one per file and reason).
 */
export class ExtractError extends Error {
  /** File name relative to the extract folder (or the path given), when the problem is in one file. */
  file?: string;
  /** 1-based data row (header excluded), when the problem is at a known row. */
  row?: number;
  /** Canonical column name, when the problem concerns one column. */
  column?: string;

  constructor(message: string, details: {file?: string; row?: number; column?: string; cause?: unknown} = {}) {
    super(message, details.cause === undefined ? undefined : {cause: details.cause});
    this.name = "ExtractError";
    if (details.file !== undefined) this.file = details.file;
    if (details.row !== undefined) this.row = details.row;
    if (details.column !== undefined) this.column = details.column;
  }
}
