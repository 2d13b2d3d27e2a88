import {DuckDBInstance} from "@duckdb/node-api";
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {bulletinsFromFolder} from "../../loaders/bulletin/bulletinsFromFolder.ts";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {writeExtract, type ExtractFixture} from "../support/writeExtract.ts";

// A small, valid town: two villages, a move between them, births, a death, names and ID numbers.
const town: ExtractFixture = {
  meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2022-12-31"},
  villages: [
    {village_code: "V1", village_name: "东村", village_type: "村"},
    {village_code: "V2", village_name: "=HYPERLINK(\"x\")", village_type: "社区"}
  ],
  persons: [
    {person_id: "P0000001", name: "王秀英", id_number: "330702198505120024", sex: "女", birth_date: "1985-05-12", hukou_type: "户籍"},
    {person_id: "P0000002", name: "李建国", id_number: "330702198001010013", sex: "男", birth_date: "1980-01-01", hukou_type: "户籍"},
    {person_id: "P0000003", name: "王小明", sex: "男", birth_date: "2021-07-19", hukou_type: "户籍", mother_id: "P0000001", birth_order: 1, policy_compliant: "是"},
    {person_id: "P0000004", name: "赵老汉", sex: "男", birth_date: "1931-03-03", hukou_type: "流动"}
  ],
  residence: [
    {person_id: "P0000001", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2021-03-15", end_reason: "迁出"},
    {person_id: "P0000001", village_code: "V2", start_date: "2021-03-15", start_reason: "迁入"},
    {person_id: "P0000002", village_code: "V2", start_date: "2020-01-01", start_reason: "期初"},
    {person_id: "P0000003", village_code: "V2", start_date: "2021-07-19", start_reason: "出生"},
    {person_id: "P0000004", village_code: "V1", start_date: "2020-01-01", start_reason: "期初", end_date: "2022-02-02", end_reason: "死亡"}
  ],
  services: [{year: 2021, village_code: "V2", project: "免费孕前优生健康检查", eligible: 4, served: 3}],
  funding: [{year: 2021, village_code: "", source: "镇级财政", item: "宣传", amount_yuan: 300}]
};
const secrets = ["王秀英", "李建国", "王小明", "赵老汉", "330702198505120024", "330702198001010013", "P0000001", "P0000002", "P0000003", "P0000004",
  "1985-05-12", "1980-01-01", "2021-07-19", "1931-03-03", "2021-03-15", "2022-02-02"];

function outDir() {
  return join(mkdtempSync(join(tmpdir(), "pipeline-out-")), "out");
}

/** Every value of a Parquet file as text, decoded by DuckDB. */
async function parquetText(path: string): Promise<string> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
  const text = JSON.stringify(reader.getRowObjectsJson());
  connection.closeSync();
  instance.closeSync();
  return text;
}

describe("runPipeline", () => {
  test("runPipeline(options) writes every output named in the README", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out});
    expect(readdirSync(out).sort()).toEqual([
      "age_sex.csv", "age_sex.parquet", "data_dictionary.csv", "datapackage.json", "manifest.json", "quality.json", "rejects.csv",
      "services.csv", "services.parquet", "target_checks.csv", "target_checks.parquet", "village_year.csv", "village_year.parquet"
    ].concat(readdirSync(out).filter((f) => f.startsWith("projection"))).sort());
  });

  test("runPipeline(options) gives byte-identical outputs for the same input", async () => {
    const input = writeExtract(town);
    const [a, b] = [outDir(), outDir()];
    await runPipeline({input, out: a});
    await runPipeline({input, out: b});
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
  });

  test("runPipeline(options) begins every CSV with exactly one UTF-8 byte-order mark, which DuckDB's read_csv and d3's csvParse (mark dropped) both read past", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out});
    const csvs = readdirSync(out).filter((f) => f.endsWith(".csv"));
    expect(csvs).toEqual(expect.arrayContaining(["village_year.csv", "data_dictionary.csv", "rejects.csv", "projections.csv"]));
    const reader = await DuckDBInstance.create(":memory:").then((i) => i.connect());
    for (const file of csvs) {
      const bytes = readFileSync(join(out, file));
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      // One mark: at the start, and nowhere else (not doubled, not inside a cell).
      expect(bytes.toString("utf8").split("\uFEFF").length - 1, file).toBe(1);
      const header = csvParse(csvTextFromFile(join(out, file))).columns;
      expect(header[0], file).toMatch(/^[a-z_]+$/);
      const described = (await reader.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${join(out, file)}')`)).getRowObjects().map((r) => r.column_name);
      expect(described, file).toEqual(header);
    }
  });

  test("runPipeline(options) publishes no name, ID number, person id or exact date, Parquet decoded", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out});
    for (const file of readdirSync(out)) {
      if (file === "rejects.csv") continue;
      const text = file.endsWith(".parquet") ? await parquetText(join(out, file)) : readFileSync(join(out, file), "utf8");
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  test("runPipeline(options) neutralises text cells that a spreadsheet would run as a formula", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out});
    const csv = readFileSync(join(out, "village_year.csv"), "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // Parquet keeps the value as it is: it is data, not a spreadsheet.
    expect(await parquetText(join(out, "village_year.parquet"))).toContain(`=HYPERLINK(\\"x\\")`);
  });

  test("runPipeline(options) neutralises formula-like cells of rejects.csv too: the office opens it in a spreadsheet", async () => {
    const out = outDir();
    // A sex cell that is a formula: rejected, and rejects.csv quotes the cell as it was given.
    const persons = town.persons!.map((p) => (p.person_id === "P0000004" ? {...p, sex: "=cmd|' /C calc'!A0"} : p));
    await runPipeline({input: writeExtract({...town, persons}), out});
    const rejects = csvParse(csvTextFromFile(join(out, "rejects.csv")));
    const cell = rejects.find((r) => r.file === "persons.csv" && r.column === "sex");
    expect(cell?.value).toBe("'=cmd|' /C calc'!A0");
    expect(csvTextFromFile(join(out, "rejects.csv"))).not.toMatch(/(^|,)"?=cmd/m);
  });

  test("runPipeline(options) lists every output with rows and SHA-256 in manifest.json", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out});
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    // Without extract.json's bulletin: the default issuer, no release date.
    expect(manifest.settings).toEqual({min_cell: 0, max_rejected_share: 0.5, bulletin: {issuer: null, release_dates: {}}});
    const {createHash} = await import("node:crypto");
    for (const entry of manifest.outputs) {
      const bytes = readFileSync(join(out, entry.file));
      expect(entry.sha256, entry.file).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(entry.bytes).toBe(bytes.length);
    }
    const villageYear = manifest.outputs.find((e: {file: string}) => e.file === "village_year.csv");
    // 3 years × (2 villages + TOWN)
    expect(villageYear.rows).toBe(9);
    expect(manifest.inputs.map((e: {file: string}) => e.file)).toEqual(["extract.json", "funding.csv", "persons.csv", "residence.csv", "services.csv", "villages.csv"]);
  });

  test("runPipeline(options) records extract.json's bulletin issuer and release dates in manifest.json, the same on every run, and the bulletin prints them", async () => {
    const bulletin = {issuer: " 测试镇人口和计划生育办公室 ", release_dates: {"2022": "2023-03-20", "2021": "2022-02-01"}};
    const input = writeExtract({...town, meta: {...town.meta, bulletin}});
    const [a, b] = [outDir(), outDir()];
    await runPipeline({input, out: a});
    await runPipeline({input, out: b});
    const manifest = readFileSync(join(a, "manifest.json"), "utf8");
    expect(readFileSync(join(b, "manifest.json"), "utf8")).toBe(manifest);
    expect(JSON.parse(manifest).settings).toEqual({min_cell: 0, max_rejected_share: 0.5, bulletin: {issuer: "测试镇人口和计划生育办公室", release_dates: {"2021": "2022-02-01", "2022": "2023-03-20"}}});
    // Years in ascending order, whatever the order in extract.json.
    expect(manifest.indexOf('"2021"')).toBeLessThan(manifest.indexOf('"2022"'));
    const {bulletins} = bulletinsFromFolder(a);
    expect(bulletins["2022"]!.releaseLine).toBe("测试镇人口和计划生育办公室 2023年3月20日");
    expect(bulletins["2021"]!.releaseLine).toBe("测试镇人口和计划生育办公室 2022年2月1日");
    expect(bulletins["2020"]!.releaseLine).toBe("测试镇人口和计划生育办公室");
  });

  test("runPipeline(options) leaves the previous outputs intact when the input is unusable", async () => {
    const out = outDir();
    mkdirSync(out, {recursive: true});
    writeFileSync(join(out, "village_year.csv"), "previous results\n");
    const broken = writeExtract({...town, residence: undefined});
    await expect(runPipeline({input: broken, out})).rejects.toThrow(/residence|居住登记/);
    expect(readFileSync(join(out, "village_year.csv"), "utf8")).toBe("previous results\n");
    await runPipeline({input: writeExtract(town), out});
    expect(readFileSync(join(out, "village_year.csv"), "utf8")).not.toBe("previous results\n");
    expect(readdirSync(join(out, ".."))).toEqual(["out"]);
  });

  test("runPipeline(options) blanks counts below --min-cell in the published files", async () => {
    const out = outDir();
    await runPipeline({input: writeExtract(town), out, minCell: 3});
    const reader = await DuckDBInstance.create(":memory:").then((i) => i.connect());
    const rows = (await reader.runAndReadAll(`SELECT year, village_code, births, pop_end FROM read_csv('${join(out, "village_year.csv")}') ORDER BY year, village_code`)).getRowObjectsJson();
    // Every published count is either empty or at least 3.
    for (const row of rows) for (const key of ["births", "pop_end"] as const) expect(row[key] === null || Number(row[key]) >= 3, JSON.stringify(row)).toBe(true);
    // The manifest says so, for the site, the bulletin and any reader of the folder.
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).settings).toEqual({min_cell: 3, max_rejected_share: 0.5, bulletin: {issuer: null, release_dates: {}}});
  });

  test("runPipeline(options) with --min-cell also blanks what the blanked counts could be read back from, and keeps negative differences", async () => {
    const full = outDir();
    const suppressed = outDir();
    await runPipeline({input: "data/sample", out: full});
    await runPipeline({input: "data/sample", out: suppressed, minCell: 5});
    const reader = await DuckDBInstance.create(":memory:").then((i) => i.connect());
    const table = async (dir: string, name: string) =>
      (await reader.runAndReadAll(`SELECT * FROM read_csv('${join(dir, `${name}.csv`)}', all_varchar = true)`)).getRowObjects() as Record<string, string | null>[];
    const [fullRows, rows] = [await table(full, "village_year"), await table(suppressed, "village_year")];
    expect(rows.length).toBe(fullRows.length);
    const count = (value: string | null) => (value === null ? null : Number(value));
    let keptNegative = 0;
    let blankedRates = 0;
    rows.forEach((row, i) => {
      const whole = fullRows[i]!;
      expect([row.year, row.village_code]).toEqual([whole.year, whole.village_code]);
      // Counts of people: empty below 5; at 5 or more exact, or blanked to protect a small one (complementary suppression, tests/publish/suppressedCells.test.ts).
      for (const key of ["births", "deaths", "births_male", "births_female", "in_migrants", "out_migrants", "pop_end", "prepregnancy_served"]) {
        const small = count(whole[key]) !== null && count(whole[key])! < 5;
        if (small || row[key] !== null) expect(row[key], `${key} ${whole.year} ${whole.village_code}`).toBe(small ? null : whole[key]);
      }
      const births = row.births === null ? null : count(whole.births)!;
      const deaths = row.deaths === null ? null : count(whole.deaths)!;
      const population = row.pop_start !== null && row.pop_end !== null;
      // A rate times its denominator gives the count back: blanked with the count, or with the population it is per.
      expect(row.birth_rate).toBe(births === null || !population ? null : whole.birth_rate);
      for (const key of ["gfr", "tfr"]) expect(row[key], key).toBe(births === null ? null : whole[key]);
      expect(row.death_rate).toBe(deaths === null || !population ? null : whole.death_rate);
      expect(row.sex_ratio_at_birth_low).toBe(row.births_male === null || row.births_female === null ? null : whole.sex_ratio_at_birth_low);
      // The natural increase is a difference, not a count: a negative one is kept unless births or deaths are blank.
      expect(row.natural_increase).toBe(births === null || deaths === null ? null : whole.natural_increase);
      expect(row.natural_growth_rate).toBe(births === null || deaths === null || !population ? null : whole.natural_growth_rate);
      if (row.natural_increase !== null && Number(row.natural_increase) < 0) keptNegative++;
      if (births === null && whole.birth_rate !== null) blankedRates++;
    });
    // The sample has both cases, so the assertions above are not vacuous.
    expect(keptNegative).toBeGreaterThan(0);
    expect(blankedRates).toBeGreaterThan(0);
    // A target check does not publish the value that was blanked, nor its verdict.
    const fullChecks = await table(full, "target_checks");
    const checks = await table(suppressed, "target_checks");
    const birthRateOf = new Map(rows.map((r) => [`${r.year} ${r.village_code}`, r.birth_rate]));
    let blankedActuals = 0;
    checks.forEach((check, i) => {
      expect(check.indicator).toBe(fullChecks[i]!.indicator);
      if (check.indicator !== "birth_rate") return;
      const small = birthRateOf.get(`${check.year} ${check.village_code}`) === null;
      expect(check.actual).toBe(small ? null : fullChecks[i]!.actual);
      // The verdict too: "not_met" on a published average population would bound the blanked births.
      for (const key of ["status", "conclusive", "inconclusive_reason"]) expect(check[key], key).toBe(small ? null : fullChecks[i]![key]);
      if (small && fullChecks[i]!.actual !== null) blankedActuals++;
    });
    expect(blankedActuals).toBeGreaterThan(0);
  });
});

describe("csv_safe_text", () => {
  test("csv_safe_text(s) prefixes formula-like text and leaves plain numbers alone", async () => {
    const {openDatabase} = await import("../../loaders/store/openDatabase.ts");
    const {createTables} = await import("../../loaders/store/createTables.ts");
    const db = await openDatabase();
    await createTables(db.connection);
    const cases = ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "−1", "\tx", "-138", "+2.5", "东村", "a=b", ""];
    const {quotedString} = await import("../../loaders/store/sql.ts");
    const values = cases.map((c, i) => `(${i}, ${quotedString(c)})`).join(", ");
    const reader = await db.connection.runAndReadAll(`SELECT csv_safe_text(s) AS s FROM (VALUES ${values}) AS t(i, s) ORDER BY i`);
    expect(reader.getRowObjects().map((r) => r.s)).toEqual(["'=1+2", "'+SUM(A1)", "'-2+3", "'@cmd", "'−1", "'\tx", "-138", "+2.5", "东村", "a=b", ""]);
    db.close();
  });
});
