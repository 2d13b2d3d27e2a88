import {ExtractError} from "./ExtractError.ts";

/**
 * The ExtractError for a table file with nothing in it, whichever reader finds it (a CSV file of zero
 * bytes or of blank lines only, an XLSX file of zero bytes or whose worksheet has no non-blank row):
 * one sentence, with `detail` in brackets after it where the reader knows more.
 *
 *     emptyFile("persons.csv").message // "persons.csv:文件是空的 / persons.csv: empty file"
 *     emptyFile("persons.xlsx", {zh: "工作表中没有内容", en: "empty worksheet"}).message
 *     // "persons.xlsx:文件是空的(工作表中没有内容) / persons.xlsx: empty file (empty worksheet)"
 */
export function emptyFile(file: string, detail?: {zh: string; en: string}): ExtractError {
  const zh = detail === undefined ? "" : `(${detail.zh})`;
  const en = detail === undefined ? "" : ` (${detail.en})`;
  return new ExtractError(`${file}:文件是空的${zh} / ${file}: empty file${en}`, {file});
}
