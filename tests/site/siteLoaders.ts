import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {expect} from "vitest";
import {typeRows} from "../../src/components/typeRows.js";

const projectDir = join(import.meta.dirname, "..", "..");

/** Runs one of the site's data loaders as Framework does: a process whose stdout is the file (bytes). */
export function runLoader(loader: string, env: Record<string, string>): Buffer {
  const {POP_PIPELINE_OUTPUTS: _ready, POP_MIN_CELL: _minCell, POP_MAX_REJECTED_SHARE: _share, ...base} = process.env;
  const run = spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), [join("src", "data", loader)], {cwd: projectDir, env: {...base, ...env}});
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout;
}

/** The members of a tar archive, name → text, in order, as GNU tar (not the code that wrote it) reads them. */
export function tarMembers(tar: Buffer): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "site-loader-tar-"));
  try {
    writeFileSync(join(dir, "archive.tar"), tar);
    const list = spawnSync("tar", ["-tf", "archive.tar"], {cwd: dir, encoding: "utf8"});
    const extract = spawnSync("tar", ["-xf", "archive.tar", "-C", dir], {cwd: dir, encoding: "utf8"});
    expect([list.status, extract.status], list.stderr + extract.stderr).toEqual([0, 0]);
    return new Map(list.stdout.split("\n").filter(Boolean).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** A download as a page typed it before it had a view: d3's csvParse of its text, then typeRows. */
export function typedDownload(file: string, env: Record<string, string>): Record<string, unknown>[] {
  return typeRows(csvParse(new TextDecoder().decode(runLoader(`${file}.ts`, env))));
}
