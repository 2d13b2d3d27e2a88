import {csvFormat} from "d3";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

export type Rows = Record<string, string | number | null | undefined>[];

export interface ExtractFixture {
  villages?: Rows;
  persons?: Rows;
  residence?: Rows;
  services?: Rows;
  funding?: Rows;
  targets?: Rows;
  meta?: {region?: string; register_start?: string; extract_date?: string; bulletin?: {issuer?: string; release_dates?: Record<string, string>}};
}

/** Writes a register extract as UTF-8 CSV files (header = keys of the first row) into a new temp folder. */
export function writeExtract(fixture: ExtractFixture, dir = mkdtempSync(join(tmpdir(), "extract-"))): string {
  for (const table of ["villages", "persons", "residence", "services", "funding", "targets"] as const) {
    const rows = fixture[table];
    if (!rows) continue;
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    writeFileSync(join(dir, `${table}.csv`), csvFormat(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))), columns) + "\n");
  }
  if (fixture.meta) writeFileSync(join(dir, "extract.json"), JSON.stringify(fixture.meta));
  return dir;
}
