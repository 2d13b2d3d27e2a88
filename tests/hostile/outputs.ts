import {csvParse} from "d3";
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {expect} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import type {QualityReport} from "../../loaders/publish/qualityReport.ts";
import {runCli, stackTrace, type CliResult} from "./runCli.ts";
import {townPopEnd} from "./town.ts";

export function readQuality(out: string): QualityReport {
  return JSON.parse(readFileSync(join(out, "quality.json"), "utf8")) as QualityReport;
}

/** Rows of an output CSV as objects of strings. */
export function readCsv(path: string): Record<string, string>[] {
  return csvParse(csvTextFromFile(path)) as unknown as Record<string, string>[];
}

/** pop_end of `code` in `year` from village_year.csv. */
export function popEnd(out: string, year: number, code: string): number | undefined {
  const row = readCsv(join(out, "village_year.csv")).find((r) => r.year === String(year) && r.village_code === code);
  return row === undefined ? undefined : Number(row.pop_end);
}

/**
 * Every input row is accounted for: per file, read = accepted + rejected, and the rejected count is
 * the number of distinct rows of that file in rejects.csv (when the report is not capped).
 */
export function expectAccounted(out: string, quality = readQuality(out)): void {
  const rejects = readCsv(join(out, "rejects.csv"));
  const capped = rejects.length >= 100_000;
  for (const f of quality.files) {
    expect(f.read, `${f.file}: read = accepted + rejected`).toBe(f.accepted + f.rejected);
    if (!capped) expect(new Set(rejects.filter((r) => r.file === f.file).map((r) => r.row)).size, `${f.file}: rejected rows in rejects.csv`).toBe(f.rejected);
  }
}

/** An accepted run: exit 0, no hang, no stack trace, every row accounted for. */
export function expectAccepted({result, out}: {result: CliResult; out: string}): void {
  expect(result.timedOut, "the run did not hang").toBe(false);
  expect(result.stderr).not.toMatch(stackTrace);
  expect(result.code, result.stderr).toBe(0);
  expectAccounted(out);
}

/** The hand-worked town's populations (town.ts's townPopEnd) in village_year.csv. */
export function expectTownNumbers(out: string): void {
  for (const [year, n] of Object.entries(townPopEnd.TOWN)) expect(popEnd(out, Number(year), "TOWN"), `TOWN ${year}`).toBe(n);
  expect(popEnd(out, 2022, "V1")).toBe(townPopEnd.V1[2022]);
  expect(popEnd(out, 2022, "V2")).toBe(townPopEnd.V2[2022]);
}

/** The rows of quality.json's rejects_by_reason for one file and reason (undefined when absent). */
export function rejectsFor(quality: QualityReport, file: string, reason: string) {
  return quality.rejects_by_reason.find((r) => r.file === file && r.reason === reason);
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** The output folder is complete: manifest.json lists exactly its files, each with a matching SHA-256 and size. */
export function expectCompleteOutputs(out: string): void {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {outputs: {file: string; bytes: number; sha256: string}[]};
  expect(readdirSync(out).filter((f) => f !== "manifest.json").sort()).toEqual(manifest.outputs.map((o) => o.file).sort());
  for (const o of manifest.outputs) {
    expect(sha256(join(out, o.file)), o.file).toBe(o.sha256);
    expect(readFileSync(join(out, o.file)).length, o.file).toBe(o.bytes);
  }
}

/** SHA-256 of every file of a folder, by name. */
export function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, sha256(join(dir, f))]));
}

/** Entries beside `out` (same parent) that a run left behind: temporary or previous folders of `out`. */
export function strayBeside(out: string): string[] {
  const name = basename(out);
  return readdirSync(dirname(out)).filter((f) => f !== name && f.includes(name));
}

/**
 * A refused run: exit 1, one message line naming every `names` (file, row, column), no stack trace,
 * no hang, and no output folder (nor a temporary one beside it). Returns the message.
 */
export function expectRefused({result, out}: {result: CliResult; out: string}, ...names: string[]): string {
  expect(result.timedOut, "the run did not hang").toBe(false);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(stackTrace);
  const lines = result.stderr.trim().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^错误 \/ error: /);
  for (const name of names) expect(lines[0]).toContain(name);
  expect(existsSync(out), "no output folder").toBe(false);
  expect(strayBeside(out)).toEqual([]);
  return lines[0]!;
}

/** Runs the CLI on `input` into a new output folder under `parent` and expects it to refuse (expectRefused): returns the message. */
export async function expectCliRefuses(parent: string, input: string, ...names: string[]): Promise<string> {
  const out = join(mkdtempSync(join(parent, "out-")), "out");
  return expectRefused({result: await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 30_000}), out}, ...names);
}
