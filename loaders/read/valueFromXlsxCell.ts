import type {CellValue} from "exceljs";
import {dateFromXlsx} from "./dateFromXlsx.ts";
import {isDateFormat} from "./isDateFormat.ts";
import {stringFromNumber} from "./stringFromNumber.ts";
import {textFromCell} from "./textFromCell.ts";
import {zeroPaddedWidth} from "./zeroPaddedWidth.ts";

/**
 * The value of a spreadsheet cell as the read stage passes it on: a Date (UTC midnight of the
 * calendar day) for date cells, text for everything else.
 *
 * - strings and rich text → cleaned text (textFromCell); numbers → text without exponent, and a
 *   non-negative integer under a zeros-only format ("000") with the leading zeros Excel shows ("001");
 *   booleans → "TRUE"/"FALSE"; error cells → their error text ("#N/A"); empty → "".
 * - formulas → their cached result (a date when the cell has a date format; exceljs's streaming
 *   reader keeps no error code for a formula whose result is an error: it gives "#ERROR"); no cached result → "".
 * - hyperlinks → their text.
 *
 *     valueFromXlsxCell(1001, undefined) // "1001"
 *     valueFromXlsxCell({formula: "B4", result: 36526}, "yyyy-mm-dd") // 2000-01-01T00:00:00.000Z
 */
export function valueFromXlsxCell(value: CellValue | undefined, numFmt: string | undefined, date1904 = false): string | Date {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
      return textFromCell(value);
    case "number":
      return textFromNumber(value, numFmt);
    case "boolean":
      return value ? "TRUE" : "FALSE";
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateFromXlsx(value);
  const object = value as unknown as Record<string, unknown>;
  if (Array.isArray(object.richText)) {
    return textFromCell((object.richText as {text?: unknown}[]).map((run) => String(run.text ?? "")).join(""));
  }
  if ("formula" in object || "sharedFormula" in object) {
    const result = object.result;
    if (typeof result === "number") {
      if (Number.isNaN(result)) return "#ERROR";
      return isDateFormat(numFmt) ? dateFromXlsx(result, date1904) : textFromNumber(result, numFmt);
    }
    return valueFromXlsxCell(result as CellValue | undefined, numFmt, date1904);
  }
  if ("error" in object) return String(object.error);
  if ("text" in object) return valueFromXlsxCell(object.text as CellValue, numFmt, date1904);
  return "";
}

function textFromNumber(value: number, numFmt: string | undefined): string {
  const text = stringFromNumber(value);
  return Number.isInteger(value) && value >= 0 ? text.padStart(zeroPaddedWidth(numFmt), "0") : text;
}
