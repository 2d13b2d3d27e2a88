import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {parse} from "csv-parse/sync";

/** Village codes that can be used as a URL path segment as they are (no encoding needed). */
const safeCode = /^[A-Za-z0-9_-]+$/;

/**
 * villagePaths(outputsDir) lists the parameterized routes `/villages/<code>` for every village in
 * the pipeline's village_year.csv (the town row 'TOWN' excluded), sorted by code. Codes that are
 * not plain letters, digits, '-' or '_' get no page of their own.
 */
export async function villagePaths(outputsDir: string): Promise<string[]> {
  const rows: {village_code: string}[] = parse(await readFile(join(outputsDir, "village_year.csv")), {columns: true, bom: true, skip_empty_lines: true});
  const codes = new Set(rows.map((row) => row.village_code).filter((code) => code !== "TOWN" && safeCode.test(code)));
  return Array.from(codes).sort().map((code) => `/villages/${code}`);
}
