/** Milliseconds in one UTC day. */
const msPerDay = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of a calendar date; month is 1-based. */
export function dayFromDate(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

/** ISO date "YYYY-MM-DD" of a day number (days since 1970-01-01, UTC). */
export function isoDateFromDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** Calendar year of a day number (UTC). */
export function yearFromDay(day: number): number {
  return new Date(day * msPerDay).getUTCFullYear();
}
