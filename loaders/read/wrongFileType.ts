import {ExtractError} from "./ExtractError.ts";

/** The ExtractError for a spreadsheet in a format the reader does not take (.xls, .ods…). */
export function wrongFileType(file: string): ExtractError {
  return new ExtractError(
    `${file}:文件类型不对,请另存为 .xlsx 或 .csv / ${file}: wrong file type: save it as .xlsx or .csv`,
    {file}
  );
}
