import {existsSync, readFileSync} from "node:fs";
import {resolve} from "node:path";

/**
 * siteBulletinYears(distDir): the years whose bulletin a built site has, latest first: the `years` of
 * the bulletin.json its bulletin.html loads (Framework names the file by its content hash and
 * registers it in the page: registerFile("./data/bulletin.json", {…, "path": "./_file/data/bulletin.<hash>.json"})).
 * undefined when the site has no bulletin page or its data cannot be found or read.
 */
export function siteBulletinYears(distDir: string): number[] | undefined {
  const page = resolve(distDir, "bulletin.html");
  if (!existsSync(page)) return undefined;
  const registered = /registerFile\("\.\/data\/bulletin\.json",\s*(\{[^}]*\})\)/.exec(readFileSync(page, "utf8"));
  if (!registered) return undefined;
  try {
    const {path} = JSON.parse(registered[1]!) as {path?: unknown};
    if (typeof path !== "string") return undefined;
    const file = resolve(distDir, path);
    if (!existsSync(file)) return undefined;
    const {years} = JSON.parse(readFileSync(file, "utf8")) as {years?: unknown};
    return Array.isArray(years) && years.every((year) => Number.isInteger(year)) ? (years as number[]) : undefined;
  } catch {
    return undefined;
  }
}
