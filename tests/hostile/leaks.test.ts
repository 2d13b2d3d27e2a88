/**
 * Nothing leaked, always the same (issue 5). A register whose names, ID numbers, person ids and
 * birth dates are all known (and distinctive, so that a match is a leak, not a coincidence) is
 * built into the site and run through the CLI; every file of dist/ and of the published outputs is
 * scanned for them, Parquet decoded with DuckDB. rejects.csv is internal: skipped among the CLI's
 * outputs, and a failure if the site publishes it.
 */
import {DuckDBInstance} from "@duckdb/node-api";
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {extractTables} from "../../loaders/read/extractFormat.ts";
import {buildSite} from "../site/buildSite.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {gb18030Bytes} from "./gb18030Bytes.ts";
import {expectAccounted, folderHashes, popEnd} from "./outputs.ts";
import {runCli} from "./runCli.ts";
import {idNumber, town, townPopEnd} from "./town.ts";

const root = mkdtempSync(join(tmpdir(), "hostile-leaks-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

const html = "<img src=x onerror=alert(1)>";
const names = ["司马青萍", "欧阳北辰", `上官雨桐${html}`, "诸葛长风", "司马小满", "慕容远山", "令狐雪晴"];
const births = ["1987-03-17", "1983-10-29", "1996-08-23", "1939-12-13", "2021-03-03", "1974-06-19", "1999-11-27"];

/** town() with distinctive personal values (and HTML in a name, a village name and a project). */
function knownRegister() {
  const t = town();
  const ids = new Map(t.persons.map((p, i) => [p.person_id as string, `QX${i + 1}Z${(i + 1) * 7919}K`]));
  t.persons.forEach((p, i) => {
    const sex = p.sex as "男" | "女";
    Object.assign(p, {
      person_id: ids.get(p.person_id as string),
      mother_id: p.mother_id === "" ? "" : ids.get(p.mother_id as string),
      name: names[i],
      birth_date: births[i],
      id_number: idNumber(births[i]!, sex, 40 + i)
    });
  });
  for (const r of t.residence) r.person_id = ids.get(r.person_id as string);
  t.villages[1]!.village_name = `西社区${html}`;
  t.services[1]!.project = `<b>孕产妇</b>健康管理${html}`;
  return t;
}

/** The personal values that must never be published, in the forms a file could hold them. */
function secrets(t: ReturnType<typeof knownRegister>): string[] {
  const values = new Set<string>();
  for (const p of t.persons) {
    values.add(String(p.person_id));
    values.add(String(p.name));
    values.add(String(p.id_number));
    const birth = String(p.birth_date);
    const [y, m, d] = birth.split("-");
    values.add(birth);
    values.add(`${y}${m}${d}`);
    values.add(`${y}/${Number(m)}/${Number(d)}`);
  }
  return [...values];
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: "utf8"})
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Every value of every row of a Parquet file, as text (DuckDB read_parquet). */
async function parquetText(path: string): Promise<{columns: string[]; text: string}> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`);
    return {columns: reader.columnNames(), text: JSON.stringify(reader.getRowsJson())};
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The secrets found in a file (Parquet decoded; everything else read as UTF-8 text). */
async function leaksIn(path: string, needles: string[]): Promise<string[]> {
  const texts = [readFileSync(path, "utf8")];
  if (path.endsWith(".parquet")) texts.push((await parquetText(path)).text);
  return needles.filter((needle) => texts.some((text) => text.includes(needle)));
}

/** Columns that hold personal data in the extract (extractFormat.ts `sensitive`). */
const sensitiveColumns = new Set(extractTables.flatMap((t) => t.columns.filter((c) => c.sensitive).map((c) => c.name)));

/** Column names of a published CSV (its header, the byte-order mark dropped) or Parquet file. */
async function columnsOf(path: string): Promise<string[]> {
  if (path.endsWith(".parquet")) return (await parquetText(path)).columns;
  return csvTextFromFile(path).split("\n", 1)[0]!.split(",");
}

describe("nothing leaked, always the same", () => {
  const register = knownRegister();
  const needles = secrets(register);
  let input: string;
  let out: string;
  let dist: string;

  beforeAll(async () => {
    input = writeExtract(register, mkdtempSync(join(root, "extract-")));
    out = join(root, "out");
    const result = await runCli(["--input", input, "--out", out, "--quiet"]);
    if (result.code !== 0) throw new Error(`cli failed (${result.code}): ${result.stderr}`);
    dist = (await buildSite(input, join(root, "dist"), {force: true})).outDir;
  }, 600_000);

  test("cli on the known register publishes the hand-worked numbers (the register is read, not rejected)", () => {
    expectAccounted(out);
    expect(popEnd(out, 2022, "TOWN")).toBe(townPopEnd.TOWN[2022]);
    expect(popEnd(out, 2022, "V2")).toBe(townPopEnd.V2[2022]);
  });

  test("cli outputs (rejects.csv aside) hold no name, ID number, person id or birth date, Parquet decoded", async () => {
    // The scan finds what is there: every identifier of the input's persons.csv.
    const identifiers = register.persons.flatMap((p) => [String(p.person_id), String(p.name), String(p.id_number)]);
    expect(await leaksIn(join(input, "persons.csv"), identifiers)).toEqual(identifiers);
    const published = filesBelow(out).filter((path) => !path.endsWith("rejects.csv"));
    expect(published.filter((path) => path.endsWith(".parquet")).length).toBeGreaterThan(0);
    // The metadata files are scanned with the data: the descriptor and the manifest name no person either.
    expect(published.map((path) => relative(out, path))).toEqual(expect.arrayContaining(["datapackage.json", "data_dictionary.csv", "manifest.json", "quality.json"]));
    const found: string[] = [];
    for (const path of published) for (const leak of await leaksIn(path, needles)) found.push(`${relative(out, path)}: ${leak}`);
    expect(found).toEqual([]);
  });

  test("npm run build: no file of dist/ holds a name, ID number, person id or birth date, and rejects.csv is not published", async () => {
    const files = filesBelow(dist);
    expect(files.some((path) => path.endsWith(".parquet"))).toBe(true);
    // The site was built from this register: its HTML-named village is in the published data.
    expect(files.some((path) => path.endsWith(".csv") && readFileSync(path, "utf8").includes(`西社区${html}`))).toBe(true);
    expect(files.filter((path) => /rejects/i.test(relative(dist, path)))).toEqual([]);
    // The downloads page's files are among those scanned, the data package's descriptor included.
    expect(files.some((path) => /datapackage\.[0-9a-f]+\.json$/.test(path))).toBe(true);
    const found: string[] = [];
    for (const path of files) for (const leak of await leaksIn(path, needles)) found.push(`${relative(dist, path)}: ${leak}`);
    expect(found).toEqual([]);
  });

  test("published CSV and Parquet files are aggregates: no personal column, and HTML in names stays out of the pages' markup", async () => {
    const tables = [...filesBelow(out).filter((path) => !path.endsWith("rejects.csv")), ...filesBelow(dist)].filter((path) => /\.(csv|parquet)$/.test(path));
    // The data dictionary's own header has a column "name" (of the column described): not personal data.
    for (const path of tables.filter((p) => !/data_dictionary[^/]*\.csv$/.test(p))) {
      const personal = (await columnsOf(path)).filter((column) => sensitiveColumns.has(column));
      expect(personal, path).toEqual([]);
    }
    // The village name with an <img onerror> is data: never raw markup in a built page.
    for (const path of filesBelow(dist).filter((p) => p.endsWith(".html"))) expect(readFileSync(path, "utf8"), path).not.toContain(html);
  });

  test("cli twice on the same hostile-but-accepted input (GB18030, ';', quoted newlines, mixed dates, bad rows) gives byte-identical outputs", async () => {
    const t = knownRegister();
    t.villages[0]!.village_name = "𠀀䶮村,\n一组";
    t.residence[0]!.start_date = "2020/1/1";
    t.residence[1]!.start_date = "43831";
    t.persons[3]!.sex = "X";
    t.services.push({year: 2022, village_code: "V9", project: "未知村", eligible: 1, served: 1});
    const dir = writeExtract(t, mkdtempSync(join(root, "hostile-")));
    const semicolon = (rows: typeof t.villages) => {
      const columns = Object.keys(rows[0]!);
      const cell = (v: unknown) => (/[;"\n]/.test(String(v ?? "")) ? `"${String(v).replaceAll('"', '""')}"` : String(v ?? ""));
      return [columns.join(";"), ...rows.map((r) => columns.map((c) => cell(r[c])).join(";"))].join("\r\n") + "\r\n";
    };
    writeFileSync(join(dir, "villages.csv"), gb18030Bytes(semicolon(t.villages)));
    const runs = [join(root, "same-1"), join(root, "same-2")];
    for (const target of runs) {
      const result = await runCli(["--input", dir, "--out", target, "--quiet"]);
      expect(result.code, result.stderr).toBe(0);
      expectAccounted(target);
    }
    const [a, b] = runs.map(folderHashes);
    expect(Object.keys(a!).length).toBeGreaterThan(5);
    expect(b).toEqual(a);
  });
});
