/**
 * Files whose rows are (nearly) all rejected: the run stops after validation, exit 1, with one
 * message naming the file, its counts and its commonest reasons (column, expected form, first rows),
 * and writes nothing; earlier outputs stay as they were. --max-rejected-share sets the share.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {reasons} from "../../loaders/validate/reasons.ts";
import {writeExtract, type Rows} from "../support/writeExtract.ts";
import {expectAccounted, folderHashes, readQuality, strayBeside} from "./outputs.ts";
import {runCli, stackTrace, type CliResult} from "./runCli.ts";
import {town} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-rejected-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
let count = 0;

/** A new output folder's path (not created). */
function newOut(): string {
  const dir = join(root, `out-${++count}`);
  mkdirSync(dir);
  return join(dir, "out");
}

/** The town() extract with every person's sex unreadable: every person rejected, and with them every spell. */
function townWithoutValidPersons(): string {
  const t = town();
  return writeExtract({...t, persons: t.persons.map((p) => ({...p, sex: "X"}))}, mkdtempSync(join(root, "in-")));
}

/** The town() extract with 20 services rows, the first `bad` of them with a year that is not a number. */
function townWithServices(bad: number): string {
  const services: Rows = Array.from({length: 20}, (_, i) => ({year: i < bad ? "二〇二一" : 2021, village_code: "V1", project: `项目${i + 1}`, eligible: 10, served: 8}));
  return writeExtract({...town(), services}, mkdtempSync(join(root, "in-")));
}

/** A run stopped for rejected rows: exit 1, no stack trace, a message, and no output folder nor anything beside it. */
function expectStopped(result: CliResult, out: string): string {
  expect(result.timedOut).toBe(false);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(stackTrace);
  expect(result.stderr).toMatch(/^错误 \/ error: 被拒绝的行过多,未写出任何结果/);
  expect(existsSync(out), "no output folder").toBe(false);
  expect(strayBeside(out)).toEqual([]);
  return result.stderr;
}

const cli = (input: string, out: string, ...more: string[]) => runCli(["--input", input, "--out", out, "--quiet", ...more], {timeoutMs: 30_000});

describe("rejected share", () => {
  test("cli on a persons file whose every row is rejected stops (exit 1) naming persons.csv, the column, the expected form and the rows; earlier outputs stay byte-identical", async () => {
    const out = newOut();
    const first = await cli(writeExtract(town(), mkdtempSync(join(root, "in-"))), out);
    expect(first.code, first.stderr).toBe(0);
    const before = folderHashes(out);

    const result = await cli(townWithoutValidPersons(), out);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.stderr).toContain("persons.csv:全部 7 行被拒绝");
    expect(result.stderr).toContain(`sex 列:${reasons.invalid_sex}:7 行,第 1、2、3、4、5 行等(文件第 2、3、4、5、6 行)`);
    // Residence rows fall with their person: the message says so and sends the reader to persons.csv.
    expect(result.stderr).toContain(`residence.csv:全部 7 行被拒绝`);
    expect(result.stderr).toContain(`person_id 列:${reasons.person_rejected}:7 行,第 1、2、3、4、5 行等(文件第 2、3、4、5、6 行);请先改正 persons.csv 中被拒绝的人员`);
    expect(folderHashes(out)).toEqual(before);
    expect(strayBeside(out)).toEqual([]);
  });

  test("cli on a file with more than half its rows rejected stops; with half, it runs and counts them", async () => {
    const over = newOut();
    const stderr = expectStopped(await cli(townWithServices(11), over), over);
    expect(stderr).toContain("services.csv:读入 20 行,拒绝 11 行(55%),超过允许的 50%");
    expect(stderr).toContain(`year 列:${reasons.invalid_integer}:11 行,第 1、2、3、4、5 行等(文件第 2、3、4、5、6 行)`);
    expect(stderr).not.toContain("persons.csv");

    const half = newOut();
    const result = await cli(townWithServices(10), half);
    expect(result.code, result.stderr).toBe(0);
    expectAccounted(half);
    expect(readQuality(half).files.find((f) => f.file === "services.csv")).toMatchObject({read: 20, accepted: 10, rejected: 10});
  });

  test("cli --max-rejected-share S changes the share: 0.6 lets 11 of 20 through, 0.25 stops 10 of 20, 0 stops one rejected row, 1 still stops a file rejected whole", async () => {
    const loose = newOut();
    const result = await cli(townWithServices(11), loose, "--max-rejected-share", "0.6");
    expect(result.code, result.stderr).toBe(0);
    expect(readQuality(loose).files.find((f) => f.file === "services.csv")).toMatchObject({read: 20, rejected: 11});
    // The share the run went on with is recorded beside the outputs.
    expect(JSON.parse(readFileSync(join(loose, "manifest.json"), "utf8")).settings.max_rejected_share).toBe(0.6);

    const strict = newOut();
    expect(expectStopped(await cli(townWithServices(10), strict, "--max-rejected-share", "0.25"), strict)).toContain("拒绝 10 行(50%),超过允许的 25%");
    const none = newOut();
    expect(expectStopped(await cli(townWithServices(1), none, "--max-rejected-share", "0"), none)).toContain("拒绝 1 行(5%),超过允许的 0%");
    const whole = newOut();
    expect(expectStopped(await cli(townWithServices(20), whole, "--max-rejected-share", "1"), whole)).toContain("services.csv:全部 20 行被拒绝");
  });

  test("cli with a --max-rejected-share that is not a number from 0 to 1 exits 2 naming the option, before anything runs", async () => {
    for (const value of ["half", "1.5", "-0.1", "", "50%"]) {
      const out = newOut();
      const result = await cli(writeExtract(town(), mkdtempSync(join(root, "in-"))), out, `--max-rejected-share=${value}`);
      expect(result.code, `${value}: ${result.stderr}`).toBe(2);
      const [first, second] = result.stderr.split("\n");
      expect(first).toBe(`错误 / error: --max-rejected-share 应为 0 到 1 之间的数,如 0.5 / must be a number from 0 to 1, e.g. 0.5: ${value}`);
      expect(second).toMatch(/^用法 \/ usage: npm run pipeline/);
      expect(existsSync(out)).toBe(false);
    }
  });

  test("cli on residence rows over the share because their persons were rejected lists persons.csv, under the share itself, as the root cause with its reasons", async () => {
    // P1–P3 rejected (3 of 7 persons, under half); P2 has three spells, so 5 of 9 residence rows fall with them.
    const t = town();
    const bad = new Set(["P1", "P2", "P3"]);
    const persons = t.persons.map((p) => (bad.has(String(p.person_id)) ? {...p, birth_date: "1990-13-45"} : p));
    const residence = [
      ...t.residence.filter((r) => r.person_id !== "P2"),
      {person_id: "P2", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2020-06-01", end_reason: "迁出"},
      {person_id: "P2", village_code: "V2", start_date: "2020-06-01", start_reason: "迁入", end_date: "2021-01-01", end_reason: "迁出"},
      {person_id: "P2", village_code: "V1", start_date: "2021-01-01", start_reason: "迁入", end_date: "", end_reason: ""}
    ];
    const out = newOut();
    const stderr = expectStopped(await cli(writeExtract({...t, persons, residence}, mkdtempSync(join(root, "in-"))), out), out);
    const lines = stderr.trim().split("\n");
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(lines[at("residence.csv:")]).toBe("residence.csv:读入 9 行,拒绝 5 行(55.55%),超过允许的 50% / 5 of 9 rows rejected, more than 50%");
    expect(lines[at("persons.csv(")]).toBe("persons.csv(上述人员被拒绝的原因):读入 7 行,拒绝 3 行(42.85%)");
    expect(lines[at("persons.csv(") + 1]).toBe(`  · birth_date 列:${reasons.invalid_date}:3 行,第 1、2、3 行(文件第 2、3、4 行)`);
    expect(at("persons.csv(")).toBeGreaterThan(at("residence.csv:"));
  });

  test("the site's prebuild (npm run build, npm start) and npm run bulletin on an extract whose persons are all rejected stop with the message, exit 1, no stack trace", async () => {
    const {POP_PIPELINE_OUTPUTS: _ready, POP_MIN_CELL: _minCell, POP_MAX_REJECTED_SHARE: _share, ...base} = process.env;
    const env = {...base, POP_DATA_DIR: townWithoutValidPersons()};
    const prebuild = await runCli([], {script: "loaders/site/prepareBuildCli.ts", env, timeoutMs: 60_000});
    expect(prebuild.code, prebuild.stderr).toBe(1);
    expect(prebuild.stderr).not.toMatch(stackTrace);
    expect(prebuild.stderr).toContain(`错误 / error (POP_DATA_DIR=${env.POP_DATA_DIR}): 被拒绝的行过多,未写出任何结果`);
    expect(prebuild.stderr).toContain(`persons.csv:全部 7 行被拒绝`);
    expect(prebuild.stderr).toContain(`sex 列:${reasons.invalid_sex}:7 行,第 1、2、3、4、5 行等(文件第 2、3、4、5、6 行)`);

    const pdf = join(mkdtempSync(join(root, "pdf-")), "bulletin-2021.pdf");
    const bulletin = await runCli(["--year", "2021", "--input", env.POP_DATA_DIR, "--out", pdf], {script: "loaders/bulletin/cli.ts", env: base, timeoutMs: 60_000});
    expect(bulletin.code, bulletin.stderr).toBe(1);
    expect(bulletin.stderr).not.toMatch(stackTrace);
    expect(bulletin.stderr).toContain(`sex 列:${reasons.invalid_sex}:7 行,第 1、2、3、4、5 行等(文件第 2、3、4、5、6 行)`);
    expect(bulletin.stderr).not.toContain("正在构建站点");
    expect(existsSync(pdf)).toBe(false);

    const badShare = await runCli([], {script: "loaders/site/prepareBuildCli.ts", env: {...env, POP_MAX_REJECTED_SHARE: "most"}, timeoutMs: 60_000});
    expect(badShare.code).toBe(1);
    expect(badShare.stderr.trim().split("\n").at(-1)).toBe("POP_MAX_REJECTED_SHARE 应为 0 到 1 之间的数,如 0.5 / must be a number from 0 to 1, e.g. 0.5: most");
  });
});
