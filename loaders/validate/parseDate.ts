import {registerYears} from "../read/registerYears.ts";

/**
 * A calendar date from a register cell, as an ISO string "YYYY-MM-DD", or undefined when the
 * cell is not a date in one of the accepted forms:
 *   YYYY-MM-DD, YYYY/M/D (also YYYY-M-D, YYYY.M.D), YYYYMMDD, YYYY年M月D日 (also YYYY年MM月DD日),
 *   an XLSX date cell (a JS Date at UTC midnight), or an Excel serial day number (1900 date system,
 *   as spreadsheets export it).
 * A time of day of 00:00(:00) after the date is tolerated (spreadsheet exports add it).
 * A bare number that could be a year of the register (1880–2100) is refused, not read as a serial day.
 * Impossible days (2023-02-29, 2024-13-01) are rejected, not rolled over.
 */
export function parseDate(cell: string | Date): string | undefined {
  if (cell instanceof Date) return isoFromUtcDate(cell);
  const text = cell.replace(/[ T]00:00(:00(\.0+)?)?$/, "");
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (match) return isoFromParts(+match[1], +match[2], +match[3]);
  match = /^\d{1,6}$/.exec(text);
  // A year alone (1990) is not a day: read as a serial it would be a day of 1905. Serials that
  // look like a register year are refused: the days they stand for are in 1905, a birth almost no register holds.
  if (match && isRegisterYear(+text)) return undefined;
  if (match) return isoFromExcelSerial(+text);
  return undefined;
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: day 61 is 1900-03-01. */
const excelEpoch = Date.UTC(1899, 11, 30);

function isoFromExcelSerial(serial: number): string | undefined {
  // Serials before 1900-03-01 are ambiguous (the phantom leap day); no register date is that old.
  if (serial < 61) return undefined;
  return isoFromUtcDate(new Date(excelEpoch + serial * 86_400_000));
}

function isoFromUtcDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isRegisterYear(number: number): boolean {
  return number >= registerYears.earliest && number <= registerYears.latest;
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (year < registerYears.earliest || year > registerYears.latest) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
