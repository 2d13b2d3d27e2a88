import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {qualityYearsWithoutEvents} from "../publish/qualityReport.ts";
import {manifestSettings} from "../publish/writeManifest.ts";
import {bulletinFromIndicators, type BulletinOptions} from "./bulletinFromIndicators.ts";
import {bulletinYears} from "./bulletinYears.ts";
import {rowsFromCsv} from "./rowsFromCsv.ts";
import type {AgeSexRow, BulletinDocument, TargetCheckRow, VillageYearRow} from "./types.ts";

export interface BulletinCollection {
  /** Every year with a TOWN row, latest first (bulletinYears). */
  years: number[];
  /** The bulletin of each year, keyed by the year as text. */
  bulletins: Record<string, BulletinDocument>;
}

/**
 * bulletinsFromFolder(dir, options?): the bulletin of every reported year from a folder of pipeline
 * outputs: village_year.csv (required), target_checks.csv and age_sex.csv (used when present), and
 * manifest.json's settings: min_cell (counts blanked by --min-cell), so the bulletin says when a blank
 * may be withheld, and bulletin (extract.json's issuer, used unless `options.issuer` is given, and
 * the release date of each year), and quality.json's years_without_events, so the bulletin of such a
 * year says its figures are only the previous year carried forward. Throws when village_year.csv is missing.
 */
export function bulletinsFromFolder(dir: string, options: Omit<BulletinOptions, "year" | "targets" | "ageSex" | "minCell" | "releaseDate" | "expectedEventsMissing"> = {}): BulletinCollection {
  const read = (name: string) => {
    const path = join(dir, name);
    return existsSync(path) ? rowsFromCsv(readFileSync(path, "utf8")) : undefined;
  };
  const rows = read("village_year.csv") as unknown as VillageYearRow[] | undefined;
  if (!rows) throw new Error(`找不到 ${join(dir, "village_year.csv")}`);
  const targets = read("target_checks.csv") as unknown as TargetCheckRow[] | undefined;
  const ageSex = read("age_sex.csv") as unknown as AgeSexRow[] | undefined;
  const {min_cell: minCell, bulletin} = manifestSettings(dir);
  const quiet = new Map(qualityYearsWithoutEvents(dir).map((q) => [q.year, q.expected_events]));
  const issuer = options.issuer ?? bulletin.issuer ?? undefined;
  const years = bulletinYears(rows);
  const bulletins: Record<string, BulletinDocument> = {};
  for (const year of years) bulletins[String(year)] = bulletinFromIndicators(rows, {...options, year, targets, ageSex, minCell, issuer, releaseDate: bulletin.release_dates[String(year)], expectedEventsMissing: quiet.get(year)});
  return {years, bulletins};
}
