import {extractMetaFieldError} from "../read/extractMetaFieldError.ts";
import type {BulletinMeta} from "../read/extractMetaSchema.ts";

/** How the bulletin is signed, as recorded in manifest.json's settings.bulletin. */
export interface BulletinSettings {
  /** Issuing office printed under the title of every year's bulletin; null: the default, "{region}统计站". */
  issuer: string | null;
  /** Release date (YYYY-MM-DD) of the bulletin of each year given, keyed by that year; {}: none dated. */
  release_dates: Record<string, string>;
}

/**
 * bulletinSettings(meta, years, source): extract.json's `bulletin` (already checked by readExtractMeta)
 * as recorded in manifest.json, after the one check that needs the register: every release date is
 * for a year the register reports (`years`, the calendar years whole between `source.register_start`
 * and `source.extract_date`). Throws an ExtractError naming the file (`source.file`, default
 * extract.json), the field and the years reported otherwise.
 *
 *     bulletinSettings({release_dates: {"2025": "2026-03-20"}}, [2024, 2025], {register_start: "2024-01-01", extract_date: "2025-12-31"})
 *     // {issuer: null, release_dates: {"2025": "2026-03-20"}}
 */
export function bulletinSettings(
  meta: BulletinMeta | undefined,
  years: readonly number[],
  source: {file?: string; register_start: string; extract_date: string}
): BulletinSettings {
  const dates = meta?.release_dates ?? {};
  for (const year of Object.keys(dates).sort()) {
    if (years.includes(Number(year))) continue;
    const field = `bulletin.release_dates.${year}`;
    const {file = "extract.json", register_start, extract_date} = source;
    const reported =
      years.length === 0
        ? {zh: "没有任何完整的日历年", en: "covers no whole calendar year"}
        : {zh: `报告 ${years[0]}—${years.at(-1)} 年`, en: `reports ${years[0]}–${years.at(-1)}`};
    throw extractMetaFieldError(file, field, {
      zh: `的年份应为登记资料报告的年份:登记资料(${register_start} 至 ${extract_date})${reported.zh}`,
      en: `must be for a year the register reports: the register (${register_start} to ${extract_date}) ${reported.en}`
    });
  }
  // Years in ascending order (JSON.stringify keeps it: integer-like keys come first, ascending).
  return {issuer: meta?.issuer ?? null, release_dates: Object.fromEntries(Object.entries(dates).sort(([a], [b]) => Number(a) - Number(b)))};
}
