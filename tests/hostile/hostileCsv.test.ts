/**
 * Hostile CSV input (issue 5, "Hostile input suite"): for each case the CLI either accepts the data
 * (every row accounted for, the numbers those of the hand-worked town) or stops with exit 1 and one
 * message naming the file (and the row and column where there is one): never a stack trace, a
 * hang, a partial output folder or a silently wrong number.
 */
import {dsvFormat} from "d3";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {writeExtract, type Rows} from "../support/writeExtract.ts";
import {gb18030Bytes} from "./gb18030Bytes.ts";
import {defaultTargets} from "../../loaders/indicators/defaultTargets.ts";
import {expectAccepted, expectRefused, expectTownNumbers, popEnd, readCsv, readQuality, rejectsFor, strayBeside} from "./outputs.ts";
import {runCli, type CliResult} from "./runCli.ts";
import {town, townPopEnd} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-csv-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));
let count = 0;

/** A fresh folder under the suite's temp root. */
function freshDir(name = "case"): string {
  const dir = join(root, `${name}-${++count}`);
  mkdirSync(dir, {recursive: true});
  return dir;
}

/** The town() extract as CSV files in a fresh folder. */
function townDir(fixture = town()): string {
  return writeExtract(fixture, freshDir("extract"));
}

/** Rows as delimited text (header = keys of all rows, in first-seen order). */
function dsv(rows: Rows, delimiter = ",", eol = "\n"): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return dsvFormat(delimiter).format(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))), columns).replaceAll("\n", eol) + eol;
}

/** Runs the CLI on `input` into a fresh output folder (inside a fresh parent). */
async function run(input: string, ...extra: string[]): Promise<{result: CliResult; out: string}> {
  const out = join(freshDir("out"), "out");
  const result = await runCli(["--input", input, "--out", out, "--quiet", ...extra], {timeoutMs: 60_000});
  return {result, out};
}

describe("hostile CSV input", () => {
  test("cli on the hand-worked town accepts it with the numbers worked out by hand", async () => {
    const run1 = await run(townDir());
    expectAccepted(run1);
    expectTownNumbers(run1.out);
    expect(readQuality(run1.out).rejects_by_reason).toEqual([]);
  });

  test("cli on a residence file cut mid-row rejects that row (field count) and counts the rest", async () => {
    const input = townDir();
    const path = join(input, "residence.csv");
    const text = readFileSync(path, "utf8");
    // The last row is P7 (期初 2020, moved out 2021-08-08): cut after its third field.
    writeFileSync(path, text.slice(0, text.lastIndexOf("2020-01-01") + "2020-01-01".length));
    const {result, out} = await run(input);
    expectAccepted({result, out});
    const q = readQuality(out);
    expect(rejectsFor(q, "residence.csv", "field_count")?.rows).toEqual([7]);
    expect(q.files.find((f) => f.file === "residence.csv")).toMatchObject({read: 7, accepted: 6, rejected: 1});
    // Without P7: 4 at the end of 2020; 2021 and 2022 are as before (P7 left in 2021).
    expect(popEnd(out, 2020, "TOWN")).toBe(4);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022]);
  });

  test("cli on a targets file with a row cut short and a row with a stray extra cell rejects both (field count), as in every other file", async () => {
    const input = townDir();
    // Row 1: a label with an unquoted comma spills into a sixth cell; rows 2 and 3 are whole; row 4:
    // the file was cut after "15" of "150", and its value would read as 15. (Two of four rejected:
    // not more than half, so the run goes on.)
    const rows = ["indicator,op,value,value_high,label", "sex_ratio_at_birth,between,103,107,出生性别比,正常范围", "death_rate,<=,20,,死亡率", "birth_rate,<=,15,,出生率", "pop_end,>=,15"];
    writeFileSync(join(input, "targets.csv"), rows.join("\n"));
    const {result, out} = await run(input);
    expectAccepted({result, out});
    const q = readQuality(out);
    expect(rejectsFor(q, "targets.csv", "field_count")?.rows).toEqual([1, 4]);
    expect(q.files.find((f) => f.file === "targets.csv")).toMatchObject({read: 4, accepted: 2, rejected: 2});
    // The file's two targets; the defaults for the indicators it gives none for (sex_ratio_at_birth's row was rejected).
    expect(new Set(readCsv(join(out, "target_checks.csv")).map((r) => r.indicator))).toEqual(new Set(["death_rate", ...defaultTargets.map((t) => t.indicator)]));
    const birthRate = readCsv(join(out, "target_checks.csv")).find((r) => r.indicator === "birth_rate")!;
    expect([Number(birthRate.value), birthRate.label]).toEqual([15, "出生率"]);
  });

  test("cli on a persons file cut inside a quoted field stops naming the file, the row and the column", async () => {
    const input = townDir();
    const path = join(input, "persons.csv");
    const text = readFileSync(path, "utf8");
    // P7's name is quoted and the file ends inside the quotes, as a cut copy would.
    writeFileSync(path, text.slice(0, text.indexOf("P7,") + 3) + '"周');
    expectRefused(await run(input), "persons.csv", "第 7 条记录", "row 7", "name");
  });

  test("cli on an empty persons file stops naming the file", async () => {
    const input = townDir();
    writeFileSync(join(input, "persons.csv"), "");
    expectRefused(await run(input), "persons.csv", "empty file");
  });

  test("cli on header-only services and funding files accepts them with zero rows", async () => {
    const input = townDir();
    writeFileSync(join(input, "services.csv"), "year,village_code,project,eligible,served\n");
    writeFileSync(join(input, "funding.csv"), "year,village_code,source,item,amount_yuan\r\n");
    const {result, out} = await run(input);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const q = readQuality(out);
    expect(q.files.find((f) => f.file === "services.csv")).toMatchObject({read: 0, accepted: 0, rejected: 0});
    expect(readCsv(join(out, "services.csv"))).toHaveLength(0);
    // A funding file, even one without rows, means the funding is known: 0 for every village and year
    // (issue 2: "with one, a village-year without rows has 0"; loaders/indicators/funding.sql).
    expect(new Set(readCsv(join(out, "village_year.csv")).map((r) => Number(r.funding_yuan)))).toEqual(new Set([0]));
  });

  test("cli on a header-only residence file publishes zero people (each person a warning), or stops when no date can be derived", async () => {
    const input = townDir();
    writeFileSync(join(input, "residence.csv"), "person_id,village_code,start_date,start_reason,end_date,end_reason\n");
    const {result, out} = await run(input);
    expectAccepted({result, out});
    for (const row of readCsv(join(out, "village_year.csv"))) expect(row.pop_end).toBe("0");
    const q = readQuality(out);
    expect(q.warnings_by_reason.find((w) => w.reason === "person_without_residence")?.count).toBe(town().persons.length);
    // Without extract.json the register dates come from the spells: there are none.
    rmSync(join(input, "extract.json"));
    expectRefused(await run(input), "residence.csv", "期初");
  });

  test("cli on files delimited by ';' and by tabs detects the delimiter and gives the same numbers", async () => {
    const t = town();
    const input = townDir(t);
    // Semicolon files are what Excel writes where the comma is the decimal separator: 1,234 stays one field.
    writeFileSync(join(input, "persons.csv"), dsv(t.persons, ";", "\r\n"));
    writeFileSync(join(input, "residence.csv"), dsv(t.residence, "\t"));
    writeFileSync(join(input, "funding.csv"), dsv(t.funding.map((r, i) => ({...r, amount_yuan: i === 0 ? "1,200" : r.amount_yuan})), ";"));
    const {result, out} = await run(input);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const files = readQuality(out).files;
    expect(files.find((f) => f.file === "persons.csv")?.delimiter).toBe(";");
    expect(files.find((f) => f.file === "residence.csv")?.delimiter).toBe("\t");
    expect(Number(readCsv(join(out, "village_year.csv")).find((r) => r.year === "2021" && r.village_code === "V1")?.funding_yuan)).toBe(1200);
  });

  test("cli on quoted fields holding commas, quotes and newlines keeps them as text and counts rows by record", async () => {
    const t = town();
    t.villages[0]!.village_name = '东村,一组 "老村"\n(合并)';
    t.persons[0]!.name = "王\n丽,";
    t.funding[0]!.item = "宣传,\n培训";
    // A bad row after the multi-line records: its row number counts records, not lines.
    t.persons[3]!.sex = "X";
    const input = townDir(t);
    const {result, out} = await run(input);
    expectAccepted({result, out});
    const q = readQuality(out);
    expect(rejectsFor(q, "persons.csv", "invalid_sex")?.rows).toEqual([4]);
    expect(readCsv(join(out, "village_year.csv")).find((r) => r.village_code === "V1")?.village_name).toBe('东村,一组 "老村"\n(合并)');
    // P4 (the bad row) takes their spell: 2020 loses P4, 2022 is unchanged (P4 died in 2021).
    expect(popEnd(out, 2020, "TOWN")).toBe(4);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022]);
  });

  test("cli on UTF-8 files with a BOM reads the first header cell and the numbers", async () => {
    const input = townDir();
    for (const file of ["villages.csv", "persons.csv", "residence.csv", "services.csv", "funding.csv"]) {
      const path = join(input, file);
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    }
    const {result, out} = await run(input);
    expectAccepted({result, out});
    expectTownNumbers(out);
    for (const f of readQuality(out).files) {
      expect(f.encoding).toBe("utf-8-bom");
      expect(f.unknown_columns).toEqual([]);
    }
  });

  test("cli on GBK and GB18030 files with rare characters (喆 堃 䶮 𠀀) in names decodes them", async () => {
    const t = town();
    t.villages[0]!.village_name = "喆堃村";
    t.villages[1]!.village_name = "𠀀䶮社区";
    t.persons[0]!.name = "王喆";
    t.persons[1]!.name = "陈𠀀䶮";
    const input = townDir(t);
    // villages.csv and persons.csv in GB18030 (𠀀 takes four bytes), residence.csv in GBK (Chinese codes only).
    writeFileSync(join(input, "villages.csv"), gb18030Bytes(dsv(t.villages)));
    writeFileSync(join(input, "persons.csv"), gb18030Bytes(dsv(t.persons, ",", "\r\n")));
    writeFileSync(join(input, "residence.csv"), gb18030Bytes(dsv(t.residence)));
    const {result, out} = await run(input);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const files = readQuality(out).files;
    for (const file of ["villages.csv", "persons.csv", "residence.csv"]) expect(files.find((f) => f.file === file)?.encoding).toBe("gb18030");
    const names = new Map(readCsv(join(out, "village_year.csv")).map((r) => [r.village_code, r.village_name]));
    expect(names.get("V1")).toBe("喆堃村");
    expect(names.get("V2")).toBe("𠀀䶮社区");
  });

  test("cli on mixed date formats and Excel serial days in one column reads each as the same day", async () => {
    const t = town();
    // 2020-01-01 written five ways; 43831 is its Excel serial day (1900 system).
    const ways = ["2020-01-01", "2020/1/1", "20200101", "43831", "2020.01.01 00:00:00"];
    let k = 0;
    for (const r of t.residence) if (r.start_date === "2020-01-01") r.start_date = ways[k++ % ways.length];
    t.persons[0]!.birth_date = "1990/5/1";
    t.persons[1]!.birth_date = "19880203";
    t.persons[2]!.birth_date = String(Math.round((Date.UTC(1995, 6, 8) - Date.UTC(1899, 11, 30)) / 86_400_000));
    t.residence[3]!.end_date = "2021/6/1";
    const input = townDir(t);
    const {result, out} = await run(input);
    expectAccepted({result, out});
    expectTownNumbers(out);
    const q = readQuality(out);
    expect(q.rejects_by_reason).toEqual([]);
    // The ID numbers agree with the birth dates read: no id_number_birth_date warning.
    expect(q.warnings_by_reason.filter((w) => w.reason === "id_number_birth_date")).toEqual([]);
  });

  test("cli on ambiguous or impossible dates (01/02/2020, 2021-02-29) rejects them, naming row and column", async () => {
    const t = town();
    t.residence[0]!.start_date = "01/01/2020";
    t.residence[3]!.end_date = "2021-02-29";
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    const q = readQuality(out);
    expect(rejectsFor(q, "residence.csv", "invalid_date")?.rows).toEqual([1, 4]);
    const rejects = readCsv(join(out, "rejects.csv")).filter((r) => r.file === "residence.csv");
    expect(rejects.map((r) => [r.row, r.column, r.value])).toEqual([["1", "start_date", "01/01/2020"], ["4", "end_date", "2021-02-29"]]);
  });

  test("cli on numbers written as text, thousand separators and full-width digits and spaces reads the values", async () => {
    const t = town();
    t.services[0] = {year: "２０２１", village_code: "　V1　", project: "免费孕前优生健康检查", eligible: "1,234", served: "１，０００"};
    t.funding[0]!.amount_yuan = "12,345.50";
    t.funding[1]!.amount_yuan = "８００";
    t.persons[0]!.birth_date = "１９９０－０５－０１";
    t.persons[0]!.name = "王　丽";
    t.persons[1]!.person_id = "Ｐ2";
    t.residence[2]!.village_code = "V2\u3000";
    t.persons[4]!.birth_order = "１";
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    expectTownNumbers(out);
    expect(readQuality(out).rejects_by_reason).toEqual([]);
    const services = readCsv(join(out, "services.csv")).find((r) => r.year === "2021" && r.village_code === "V1");
    expect([Number(services?.eligible), Number(services?.served)]).toEqual([1234, 1000]);
    const years = readCsv(join(out, "village_year.csv"));
    expect(Number(years.find((r) => r.year === "2021" && r.village_code === "V1")?.funding_yuan)).toBe(12345.5);
    expect(Number(years.find((r) => r.year === "2022" && r.village_code === "TOWN")?.funding_yuan)).toBe(800);
  });

  test("cli on a number with a misplaced separator (1,23) rejects it rather than guessing", async () => {
    const t = town();
    t.services[0]!.eligible = "1,23";
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    const rejects = readCsv(join(out, "rejects.csv"));
    expect(rejects.map((r) => [r.file, r.row, r.column, r.reason])).toEqual([["services.csv", "1", "eligible", "invalid_integer"]]);
  });

  test("cli on a birth_order too large for its column (99999999999) blanks it with a warning instead of crashing, and keeps the person", async () => {
    const t = town();
    t.persons[4]!.birth_order = "99999999999";
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    // 孩次 is a soft field (loaders/validate/README.md): the value is not used, the birth still counts.
    expect(readQuality(out).rejects_by_reason).toEqual([]);
    const warning = readQuality(out).warnings_by_reason.find((w) => w.reason === "birth_order_blanked");
    expect([warning?.file, warning?.rows, warning?.columns]).toEqual(["persons.csv", [5], ["birth_order"]]);
    expectTownNumbers(out);
  });

  test("cli on a 1 MB name blanks it with a warning (the name is read by nothing), keeps that person and stays fast", async () => {
    const t = town();
    t.persons[6]!.name = "周".repeat(1 << 20);
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    expect(readQuality(out).rejects_by_reason).toEqual([]);
    const warning = readQuality(out).warnings_by_reason.find((w) => w.reason === "too_long_blanked");
    expect([warning?.file, warning?.rows, warning?.columns]).toEqual(["persons.csv", [7], ["name"]]);
    // The name is identifying: never copied into any output.
    expect(readFileSync(join(out, "quality.json"), "utf8")).not.toContain("周周");
    // P7 keeps their spell: 2020 with P7.
    expect(popEnd(out, 2020, "TOWN")).toBe(5);
  });

  test("cli on a 17 MB unquoted field (over the 16 Mi-character record limit) stops naming the file, row and column as too long", async () => {
    const t = town();
    t.persons[2]!.name = "x".repeat(17 << 20);
    const input = townDir(t);
    const refused = await run(input);
    expectRefused(refused, "persons.csv", "第 3 条记录", "row 3", "name", "record too long");
    expect(refused.result.stderr).not.toContain("xxxx");
  });

  test("cli on a file with two headers for one column (人员编号 and person_id) stops naming both", async () => {
    const input = townDir();
    const path = join(input, "persons.csv");
    const [header, ...lines] = readFileSync(path, "utf8").split("\n");
    writeFileSync(path, [`${header},人员编号`, ...lines.map((l) => (l === "" ? l : `${l},X`))].join("\n"));
    expectRefused(await run(input), "persons.csv", "person_id", "人员编号");
  });

  test("cli on unknown extra columns ignores them and lists them in quality.json", async () => {
    const t = town();
    for (const r of t.residence) Object.assign(r, {备注: "=1+1", Remark: "'; DROP TABLE x; --"});
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    expectTownNumbers(out);
    expect(readQuality(out).files.find((f) => f.file === "residence.csv")?.unknown_columns).toEqual(["备注", "Remark"]);
  });

  test("cli on a residence file without a required column stops naming the file and the column", async () => {
    const t = town();
    const input = townDir(t);
    writeFileSync(join(input, "residence.csv"), dsv(t.residence.map(({start_reason: _, ...r}) => r)));
    expectRefused(await run(input), "residence.csv", "start_reason", "起始原因");
  });

  test("cli on SQL-looking text in every text field and in the folder names treats it as data", async () => {
    const sql = "'; DROP TABLE persons; --";
    const t = town();
    const code = (c: string) => `${c}${sql}`;
    const person = (p: string) => (p === "" ? "" : `${p}${sql}`);
    for (const v of t.villages) Object.assign(v, {village_code: code(v.village_code as string), village_name: `${v.village_name}${sql}`});
    for (const p of t.persons) Object.assign(p, {person_id: person(p.person_id as string), mother_id: person(p.mother_id as string), name: sql});
    for (const r of t.residence) Object.assign(r, {person_id: person(r.person_id as string), village_code: code(r.village_code as string)});
    for (const s of t.services) Object.assign(s, {village_code: code(s.village_code as string), project: `${s.project}${sql}`});
    for (const f of t.funding) Object.assign(f, {village_code: f.village_code === "" ? "" : code(f.village_code as string), source: sql, item: `"); DROP TABLE funding; --`});
    const input = writeExtract(t, freshDir(`in${sql.replaceAll("/", "")}`));
    const out = join(freshDir(`out${sql}`), `result${sql}`);
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 60_000});
    expectAccepted({result, out});
    expect(readQuality(out).rejects_by_reason).toEqual([]);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022]);
    expect(popEnd(out, 2022, code("V1"))).toBe(townPopEnd.V1[2022]);
    expect(readCsv(join(out, "village_year.csv")).find((r) => r.village_code === code("V2"))?.village_name).toBe(`西社区${sql}`);
    expect(readCsv(join(out, "services.csv")).map((r) => r.project)).toContain(`免费孕前优生健康检查${sql}`);
  });

  test("cli on table files named with Chinese stems and spaces ( 人员 .csv, Residence.CSV) in a folder named 青石镇 2024 数据 finds them", async () => {
    const t = town();
    const input = join(freshDir(), "青石镇 2024 数据");
    mkdirSync(input);
    writeExtract(t, input);
    const rename = (from: string, to: string) => writeFileSync(join(input, to), readFileSync(join(input, from))) === undefined && rmSync(join(input, from));
    rename("persons.csv", " 人员 .csv");
    rename("residence.csv", "Residence.CSV");
    rename("villages.csv", "村居.csv");
    const out = join(freshDir(), "输出 结果", "第 1 次");
    const result = await runCli(["--input", input, "--out", out, "--quiet"], {timeoutMs: 60_000});
    expectAccepted({result, out});
    expectTownNumbers(out);
    expect(readQuality(out).files.map((f) => f.file).sort()).toEqual([" 人员 .csv", "Residence.CSV", "funding.csv", "services.csv", "村居.csv"].sort());
  });

  test("cli on a persons file named 人员 名单.csv (not a table name) stops naming the missing table and that file", async () => {
    const input = townDir();
    writeFileSync(join(input, "人员 名单.csv"), readFileSync(join(input, "persons.csv")));
    rmSync(join(input, "persons.csv"));
    expectRefused(await run(input), "人员", "persons.csv", "人员 名单.csv");
  });

  test("cli on services and funding rows for years the register does not cover (2030, 2019) rejects them as year_outside_register, and nothing else changes", async () => {
    const t = town();
    t.services.push({year: 2030, village_code: "V1", project: "免费孕前优生健康检查", eligible: 10, served: 8});
    t.funding.push({year: 2019, village_code: "V1", source: "县级财政", item: "奖励扶助", amount_yuan: 99999});
    const {result, out} = await run(townDir(t));
    expectAccepted({result, out});
    expectTownNumbers(out);
    const q = readQuality(out);
    expect(rejectsFor(q, "services.csv", "year_outside_register")?.count).toBe(1);
    expect(rejectsFor(q, "funding.csv", "year_outside_register")?.count).toBe(1);
    expect(readCsv(join(out, "services.csv")).map((r) => r.year).sort()).not.toContain("2030");
    expect(readCsv(join(out, "rejects.csv")).filter((r) => r.reason === "year_outside_register").map((r) => [r.file, r.row, r.column])).toEqual([["funding.csv", "3", "year"], ["services.csv", "3", "year"]]);
  });
});
