import {ExtractError} from "./ExtractError.ts";

/**
 * The ExtractError for a CSV file whose bytes are not text in an encoding the reader takes, whether
 * the first 64 KiB show it (sniffCsv) or a later chunk (csvChunks, which gives the byte `offset`).
 *
 *     unreadableEncoding("persons.csv", {zh: "UTF-16", en: "UTF-16"}).message
 *     // "persons.csv:无法识别的文字编码(UTF-16),请另存为 UTF-8 编码的 CSV / persons.csv: unreadable encoding (UTF-16); save it as a UTF-8 CSV"
 */
export function unreadableEncoding(file: string, why: {zh: string; en: string}, offset?: number): ExtractError {
  const zhAt = offset === undefined ? "" : `第 ${offset} 字节处出现`;
  const enAt = offset === undefined ? "" : ` at byte ${offset}`;
  return new ExtractError(
    `${file}:${zhAt}无法识别的文字编码(${why.zh}),请另存为 UTF-8 编码的 CSV / ` +
      `${file}: unreadable encoding${enAt} (${why.en}); save it as a UTF-8 CSV`,
    {file}
  );
}
