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

  test("cli on a bulletin release date within its own year stops naming extract.json, the field and the first day allowed", async () => {
    const meta = {register_start: "2020-01-01", extract_date: "2022-12-31", bulletin: {release_dates: {"2021": "2021-12-31"}}};
    await refuse(townWithMeta(JSON.stringify(meta)), "extract.json", "bulletin.release_dates.2021", "must be after the end of 2021 (2022-01-01 or later");
  });

  test("cli on a bulletin release date for a year the register does not report stops naming the field and the years reported", async () => {
    // The register covers 2020–2022 whole: a 2023 bulletin cannot be made from it.
    const meta = {register_start: "2020-01-01", extract_date: "2022-12-31", bulletin: {release_dates: {"2022": "2023-03-01", "2023": "2024-03-01"}}};
    const line = await refuse(townWithMeta(JSON.stringify(meta)), "extract.json", "bulletin.release_dates.2023");
    expect(line).toContain("(2023年公报发布日期)的年份应为登记资料报告的年份:登记资料(2020-01-01 至 2022-12-31)报告 2020—2022 年");
    expect(line).toContain("must be for a year the register reports: the register (2020-01-01 to 2022-12-31) reports 2020–2022");
    // Without extract.json's dates, the period derived from residence.csv (its latest date, 2022-04-01) is the one named.
    await refuse(townWithMeta(JSON.stringify({bulletin: {release_dates: {"2019": "2020-03-01"}}})), "bulletin.release_dates.2019", "the register (2020-01-01 to 2022-04-01) reports 2020–2021");
  });

  test("cli on an empty bulletin issuer or a misspelt bulletin setting stops naming the field", async () => {
    await refuse(townWithMeta('{"bulletin": {"issuer": "  "}}'), "extract.json", "bulletin.issuer", "1–60 characters");
    await refuse(townWithMeta('{"bulletin": {"release_date": {"2022": "2023-03-01"}}}'), "extract.json", "bulletin.release_date", "expected issuer or release_dates");
  });

  test("cli on an extract shorter than one calendar year runs, and says in quality.json and on the console that no year is reported", async () => {
    const out = join(root, `out-${++count}`, "out");
    mkdirSync(join(out, ".."));
    // The town() register as extracted on 2020-06-30: what happened later is not in it yet, and its
    // services and funding are for 2020 (rows dated after the extract date, or for a year it does
    // not cover, would be rejected: most of residence.csv, all of services.csv, and stop the run).
    const input = townWithMeta('{"register_start": "2020-01-01", "extract_date": "2020-06-30"}');
    const early = town();
    const cut = "2020-06-30";
    writeExtract({
      ...early,
      meta: undefined,
      persons: early.persons.filter((p) => String(p.birth_date) <= cut),
      residence: early.residence.filter((r) => String(r.start_date) <= cut).map((r) => (String(r.end_date) > cut ? {...r, end_date: "", end_reason: ""} : r)),
      services: early.services.map((r) => ({...r, year: 2020})),
      funding: early.funding.map((r) => ({...r, year: 2020}))
    }, input);
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(stackTrace);
    expectAccounted(out);
    expect(readQuality(out).files.map((f) => f.rejected)).toEqual(readQuality(out).files.map(() => 0));
    expect(readCsv(join(out, "village_year.csv")).length).toBe(0);
    const note = readQuality(out).notes[0];
    expect(note).toContain("没有可报告的年份");
    expect(note).toContain("register_start 2020-01-01 and extract_date 2020-06-30");
    expect(result.stderr).toContain(`注:${note}`);
  });
});
