import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {bulletinYears} from "./bulletinYears.ts";
import {rowsFromCsv} from "./rowsFromCsv.ts";

/**
 * bulletinYearsFromFolder(dir): the years of the bulletins a folder of pipeline outputs gives, latest
 * first (bulletinYears of its village_year.csv): the years bulletinsFromFolder(dir) writes.
 * Throws, naming the file, when village_year.csv is missing.
 */
export function bulletinYearsFromFolder(dir: string): number[] {
  const path = join(dir, "village_year.csv");
  if (!existsSync(path)) throw new Error(`找不到 ${path}`);
  return bulletinYears(rowsFromCsv(readFileSync(path, "utf8")) as unknown as {year: number; village_code: string}[]);
}
