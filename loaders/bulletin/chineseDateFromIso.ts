const format = new Intl.DateTimeFormat("zh-CN", {timeZone: "UTC", year: "numeric", month: "long", day: "numeric"});

/**
 * chineseDateFromIso(iso): a calendar date YYYY-MM-DD written as bulletins date their release,
 * Arabic numerals without leading zeros: "2026-03-20" → "2026年3月20日" (Intl, zh-CN, read as a UTC day
 * so the machine's time zone cannot move it). Throws on text that is not a real date.
 */
export function chineseDateFromIso(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso)
    throw new Error(`不是有效日期 YYYY-MM-DD / not a valid date YYYY-MM-DD: ${iso}`);
  return format.format(date);
}
