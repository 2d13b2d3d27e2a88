/**
 * Whether an Excel number format shows a date or time (the rule exceljs uses): after removing
 * bracketed parts ([Red], [$-804]) and quoted literals, the format contains y, m, d, h or s.
 *
 *     isDateFormat('yyyy"年"m"月"d"日"') // true
 *     isDateFormat("0.00")               // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const stripped = format.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhs]/i.test(stripped);
}
