import {ExtractError} from "../read/ExtractError.ts";
import {tooManyRejectedMessage, type RejectedFile} from "./tooManyRejectedMessage.ts";

/**
 * The rows of one or more files were rejected too much to publish anything from them (see
 * filesOverRejectedShare): the run stops after validation, before any output is written. An
 * ExtractError (the input cannot be used), so every caller that shows ExtractError shows it; the
 * message (tooManyRejectedMessage) names each file, its counts, and its commonest reasons with
 * column, expected form and first rows. `file`, `row` and `column` point at the first of them.
 */
export class TooManyRejectedError extends ExtractError {
  /** The files over the share, in extract order, each with its commonest reasons; a root-cause file (persons) may follow with `over: false`. */
  readonly files: RejectedFile[];
  /** The share of a file's rows that may be rejected (0.5 = half). */
  readonly maxShare: number;

  constructor(files: RejectedFile[], maxShare: number) {
    const first = files[0]?.reasons[0];
    super(tooManyRejectedMessage(files, maxShare), {file: files[0]?.file, row: first?.rows[0], column: first?.column ?? undefined});
    this.name = "TooManyRejectedError";
    this.files = files;
    this.maxShare = maxShare;
  }
}
