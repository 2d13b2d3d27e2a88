/**
 * Hostile extract.json: the CLI either accepts it or stops with exit 1 and one message line naming
 * extract.json and the field, without a hang, a stack trace or an output folder.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {writeExtract} from "../support/writeExtract.ts";
import {expectAccounted, expectCliRefuses, readCsv, readQuality} from "./outputs.ts";
import {runCli, stackTrace} from "./runCli.ts";
import {town} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-meta-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
let count = 0;

/** The town() extract with `extractJson` as the text of its extract.json (no extract.json when undefined). */
function townWithMeta(extractJson: string | undefined): string {
  const dir = join(root, `extract-${++count}`);
  mkdirSync(dir, {recursive: true});
  writeExtract({...town(), meta: undefined}, dir);
  if (extractJson !== undefined) writeFileSync(join(dir, "extract.json"), extractJson);
  return dir;
}

/** Runs the CLI on `input` and expects it to refuse it (expectCliRefuses): returns the message. */
const refuse = (input: string, ...names: string[]) => expectCliRefuses(root, input, ...names);

describe("hostile extract.json", () => {
  test("cli on an extract.json with the year 0001 or 9999 stops naming the field and the years allowed, instead of computing thousands of years", async () => {
    await refuse(townWithMeta('{"register_start": "0001-01-01", "extract_date": "2022-12-31"}'), "extract.json", "register_start", "1880–2100");
    await refuse(townWithMeta('{"register_start": "2020-01-01", "extract_date": "9999-12-31"}'), "extract.json", "extract_date", "1880–2100");
  });

  test("cli on an extract.json that is not JSON (text over several lines) stops with one message line naming the file", async () => {
    await refuse(townWithMeta("not json\n"), "extract.json", "not valid UTF-8 JSON");
  });

  test("cli on an extract_date before the register start derived from residence.csv says where each date came from", async () => {
    const line = await refuse(townWithMeta('{"extract_date": "2019-06-30"}'), "2020-01-01", "2019-06-30");
    expect(line).toContain("由 residence.csv 最早的期初登记推出");
    expect(line).toContain("extract_date 2019-06-30 (given in extract.json)");
  });

  test("cli on an extract shorter than one calendar year runs, and says in quality.json and on the console that no year is reported", async () => {
    const out = join(root, `out-${++count}`, "out");
    mkdirSync(join(out, ".."));
    const input = townWithMeta('{"register_start": "2020-01-01", "extract_date": "2020-06-30"}');
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(stackTrace);
    expectAccounted(out);
    expect(readCsv(join(out, "village_year.csv")).length).toBe(0);
    const note = readQuality(out).notes[0];
    expect(note).toContain("没有可报告的年份");
    expect(note).toContain("register_start 2020-01-01 and extract_date 2020-06-30");
    expect(result.stderr).toContain(`注: ${note}`);
  });
});
