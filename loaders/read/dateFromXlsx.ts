/** Milliseconds in a day. */
const dayMs = 86_400_000;
/** Excel serial day number of 1970-01-01 in the 1900 date system (the 1904 system is 1462 days later). */
const unixEpochSerial = 25_569;

/**
 * The calendar day of a spreadsheet date, as a Date at UTC midnight. Accepts a Date decoded by
 * exceljs (which decodes serials as UTC) or an Excel serial number (e.g. a formula's cached
 * result); any time of day is dropped.
 *
 *     dateFromXlsx(36526) // 2000-01-01T00:00:00.000Z
 */
export function dateFromXlsx(value: Date | number, date1904 = false): Date {
  const ms =
    typeof value === "number" ? Math.round((value - unixEpochSerial + (date1904 ? 1462 : 0)) * dayMs) : value.getTime();
  return new Date(Math.floor(ms / dayMs) * dayMs);
}
