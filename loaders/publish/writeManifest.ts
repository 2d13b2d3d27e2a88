import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {bulletinMetaSchema} from "../read/extractMetaSchema.ts";
import type {BulletinSettings} from "./bulletinSettings.ts";
import {sha256OfFile} from "./sha256OfFile.ts";

export interface ManifestEntry {
  file: string;
  bytes: number;
  sha256: string;
  rows?: number;
  /** false for an internal file that must never be published (rejects.csv); absent otherwise. */
  published?: false;
}

/** Outputs for the office only: written beside the others, never published on the site or in downloads. */
export const internalOutputs: readonly string[] = ["rejects.csv"];

/** The run's settings that change what the outputs hold, recorded so a reader of the folder knows. */
export interface ManifestSettings {
  /** Counts below this were blanked, with what is computed from them (--min-cell); 0: none. */
  min_cell: number;
  /**
   * The share of a file's rows that could be rejected before the run stopped (--max-rejected-share):
   * outputs were published from files with at most this share rejected (quality.json has the counts).
   * null in a folder written before it was recorded.
   */
  max_rejected_share: number | null;
  /** How the bulletin is signed (extract.json's bulletin): issuer (null: the default) and release dates by year. */
  bulletin: BulletinSettings;
}

/**
 * manifest.json: the settings that shaped the outputs, every output file with its size, SHA-256 and
 * row count, and every input file with its size and SHA-256. No timestamps: the same input and
 * settings give the same manifest.
 */
export async function writeManifest(
  dir: string,
  {version, settings, rows, inputs}: {version: string; settings: ManifestSettings; rows: Record<string, number>; inputs: {file: string; path: string}[]}
): Promise<void> {
  const describe = async (file: string, path: string, rowCount?: number): Promise<ManifestEntry> => ({
    file,
    bytes: statSync(path).size,
    sha256: await sha256OfFile(path),
    ...(rowCount === undefined ? {} : {rows: rowCount}),
    ...(internalOutputs.includes(file) ? {published: false as const} : {})
  });
  const outputs: ManifestEntry[] = [];
  for (const file of readdirSync(dir).sort()) if (file !== "manifest.json") outputs.push(await describe(file, join(dir, file), rows[file]));
  const inputEntries: ManifestEntry[] = [];
  for (const input of [...inputs].sort((a, b) => (a.file < b.file ? -1 : 1))) inputEntries.push(await describe(input.file, input.path));
  const manifest = {generator: "population-bulletin", version, settings, outputs, inputs: inputEntries};
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}

/**
 * manifestSettings(dir): the settings recorded in the manifest.json of an output folder; those of a
 * run without them (no min_cell, max_rejected_share unknown, the default issuer, no release date) when the folder has no manifest,
 * one written before they were recorded, or a value extract.json could not have given (checked
 * against the schema extract.json is read with).
 */
export function manifestSettings(dir: string): ManifestSettings {
  const path = join(dir, "manifest.json");
  const recorded = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as {settings?: Partial<ManifestSettings>}).settings : undefined;
  const minCell = recorded?.min_cell;
  const maxRejectedShare = recorded?.max_rejected_share;
  const issuer = bulletinMetaSchema.shape.issuer.safeParse(recorded?.bulletin?.issuer ?? undefined);
  const releaseDates = bulletinMetaSchema.shape.release_dates.safeParse(recorded?.bulletin?.release_dates);
  return {
    min_cell: typeof minCell === "number" && Number.isInteger(minCell) && minCell > 0 ? minCell : 0,
    max_rejected_share: typeof maxRejectedShare === "number" && maxRejectedShare >= 0 && maxRejectedShare <= 1 ? maxRejectedShare : null,
    bulletin: {issuer: issuer.data ?? null, release_dates: releaseDates.data ?? {}}
  };
}
