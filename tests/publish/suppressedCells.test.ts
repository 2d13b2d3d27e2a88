import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {csvFormat, csvParse} from "d3";
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {generateSample} from "../../loaders/sample/index.ts";
import {determinedBlanks} from "./determinedBlanks.ts";
import {publishedIdentityTerms} from "./publishedIdentities.ts";

const datasets = ["village_year", "age_sex", "services", "projections", "target_checks"];

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), "suppressed-")), "out");
}

/** A connection with views f_<dataset> on the unsuppressed folder and p_<dataset> on the published one. */
async function folders(full: string, published: string): Promise<DuckDBConnection> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  for (const [prefix, dir] of [["f_", full], ["p_", published]] as const) {
    for (const name of datasets) await connection.run(`CREATE VIEW ${prefix}${name} AS SELECT * FROM read_parquet('${join(dir, `${name}.parquet`)}')`);
  }
  return connection;
}

interface Instance {
  family: string;
  instance: string;
  terms: number;
  blanks: number;
  residual: number | null;
  linear: boolean;
  blanked: string[];
}

/**
 * Every identity instance with its number of blanks (cells empty in the published folder that have a
 * value in the unsuppressed one) and its residual on the unsuppressed values (0 for an identity).
 */
async function identityInstances(connection: DuckDBConnection): Promise<Instance[]> {
  const reader = await connection.runAndReadAll(`
    WITH f AS (${publishedIdentityTerms("f_")}), p AS (${publishedIdentityTerms("p_")})
    SELECT family, instance, count(*)::INTEGER AS terms,
      count(*) FILTER (WHERE f.value IS NOT NULL AND p.value IS NULL)::INTEGER AS blanks,
      sum(f.coef * coalesce(f.value, 0)) AS residual, bool_and(f.linear) AS linear,
      list(f.term ORDER BY f.term) FILTER (WHERE f.value IS NOT NULL AND p.value IS NULL) AS blanked
    FROM f JOIN p USING (family, instance, term)
    GROUP BY family, instance ORDER BY family, instance`);
  return reader.getRowObjectsJS().map((r) => ({...r, blanked: (r.blanked as string[] | null) ?? []}) as unknown as Instance);
}

/** Checks the folder pair as a reader would: the identities hold, and none has exactly one blank. */
async function expectNoSingleBlank(full: string, published: string, families: string[]): Promise<Instance[]> {
  const connection = await folders(full, published);
  const instances = await identityInstances(connection);
  connection.closeSync();
  // The identities are identities: on the unsuppressed outputs every linear one adds up to 0.
  const broken = instances.filter((i) => i.linear && Math.abs(i.residual ?? 0) > 1e-6).map((i) => `${i.family} ${i.instance}: ${i.residual}`);
  expect(broken).toEqual([]);
  // Every family has instances here, so the check below is not vacuous for any of them.
  expect([...new Set(instances.map((i) => i.family))]).toEqual(expect.arrayContaining(families));
  // No identity gives a blank back.
  const recoverable = instances.filter((i) => i.blanks === 1).map((i) => `${i.family} ${i.instance}: ${i.blanked.join(", ")}`);
  expect(recoverable).toEqual([]);
  return instances;
}

const sampleFamilies = ["row balance", "row balance_natural_increase", "row sex", "row hukou", "row broad_ages_65", "rate birth_rate", "rate funding_per_capita",
  "continuity", "town births", "town pop_avg", "town net migration", "age_sex total", "age_sex sex", "age_sex pop_0_14", "age_sex town",
  "services town eligible", "services prepregnancy served", "services coverage_rate", "projections observed", "projections both sexes", "projections town",
  "projections pop_65_plus", "projections lower_80", "target actual"];

describe("suppressedCells", () => {
  const sample = {full: outDir(), suppressed: outDir(), again: outDir()};
  beforeAll(async () => {
    await runPipeline({input: "data/sample", out: sample.full});
    await runPipeline({input: "data/sample", out: sample.suppressed, minCell: 5});
    await runPipeline({input: "data/sample", out: sample.again, minCell: 5});
  }, 120_000);

  test("runPipeline({minCell: 5}) on the sample leaves no identity of the published files with exactly one blank", async () => {
    const instances = await expectNoSingleBlank(sample.full, sample.suppressed, sampleFamilies);
    // The reviewer's rows: births blanked with pop_start, pop_end, deaths and migration published gave births back.
    const balance = instances.filter((i) => i.family === "row balance" && ["2014|330781101205", "2023|330781101202"].includes(i.instance));
    expect(balance.map((i) => i.blanks)).toEqual([expect.any(Number), expect.any(Number)]);
    for (const row of balance) expect(row.blanks, row.instance).toBeGreaterThanOrEqual(2);
  });

  test("runPipeline({minCell: 5}) blanks every count below 5 and, to protect them, some counts of 5 or more", async () => {
    const connection = await folders(sample.full, sample.suppressed);
    const reader = await connection.runAndReadAll(`
      SELECT count(*) FILTER (WHERE f.births < 5 AND p.births IS NOT NULL)::INTEGER AS small_published,
             count(*) FILTER (WHERE f.births < 5)::INTEGER AS small,
             count(*) FILTER (WHERE f.births >= 5 AND p.births IS NULL)::INTEGER AS complementary
      FROM f_village_year AS f JOIN p_village_year AS p USING (year, village_code)`);
    const [counts] = reader.getRowObjectsJS() as {small_published: number; small: number; complementary: number}[];
    connection.closeSync();
    expect(counts!.small).toBeGreaterThan(0);
    expect(counts!.small_published).toBe(0);
    expect(counts!.complementary).toBeGreaterThan(0);
  });

  test("runPipeline({minCell: 5}) on the sample leaves no blank that the identities of village_year and age_sex, solved together, determine", () => {
    expect(determinedBlanks(sample.full, sample.suppressed)).toEqual([]);
  });

  test("determinedBlanks(full, published) finds a blank that a single identity gives back (the check above can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "one-blank-"));
    copyFileSync(join(sample.full, "age_sex.csv"), join(dir, "age_sex.csv"));
    const rows = csvParse(readFileSync(join(sample.full, "village_year.csv"), "utf8").replace(/^\uFEFF/, ""));
    const row = rows.find((r) => r.village_code !== "TOWN")!;
    row.births = "";
    writeFileSync(join(dir, "village_year.csv"), csvFormat(rows, rows.columns));
    expect(determinedBlanks(sample.full, dir)).toEqual([`vy|${row.year}|${row.village_code}|births`]);
  });

  test("runPipeline({minCell: 5}) twice writes byte-identical outputs", () => {
    const outputs = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).outputs;
    expect(outputs(sample.again)).toEqual(outputs(sample.suppressed));
  });

  test("runPipeline({minCell: 5}) on a town of 400 people (most cells small; the projections' base year observed) leaves no identity with exactly one blank", async () => {
    const input = mkdtempSync(join(tmpdir(), "small-town-"));
    await generateSample({people: 400, villages: 3, startYear: 2019, endYear: 2022, out: input});
    const [full, suppressed] = [outDir(), outDir()];
    await runPipeline({input, out: full});
    await runPipeline({input, out: suppressed, minCell: 5});
    const instances = await expectNoSingleBlank(full, suppressed, sampleFamilies);
    expect(determinedBlanks(full, suppressed)).toEqual([]);
    // The base year's observed counts are blanked with age_sex's, in every scenario.
    expect(instances.some((i) => i.family === "projections observed" && i.blanks === 2)).toBe(true);
  }, 60_000);
});

describe("suppressedCells with minCell 1", () => {
  const sample = {full: outDir(), suppressed: outDir()};
  beforeAll(async () => {
    await runPipeline({input: "data/sample", out: sample.full});
    await runPipeline({input: "data/sample", out: sample.suppressed, minCell: 1});
  }, 120_000);

  test("runPipeline({minCell: 1}) on the sample blanks every zero count and leaves no identity with exactly one blank", async () => {
    const connection = await folders(sample.full, sample.suppressed);
    // The zero counts of the sample: out-of-policy births in village_year (age_sex writes no row for an empty group; any zero it has is blanked too).
    const reader = await connection.runAndReadAll(`
      SELECT count(*) FILTER (WHERE f.births_multichild_out_of_policy = 0)::INTEGER AS zeros,
             count(*) FILTER (WHERE f.births_multichild_out_of_policy = 0 AND p.births_multichild_out_of_policy IS NOT NULL)::INTEGER AS zeros_published
      FROM f_village_year AS f JOIN p_village_year AS p USING (year, village_code)`);
    const [counts] = reader.getRowObjectsJS() as {zeros: number; zeros_published: number}[];
    const [ageSex] = (await connection.runAndReadAll(`
      SELECT count(*) FILTER (WHERE f.population = 0)::INTEGER AS zeros, count(*) FILTER (WHERE f.population = 0 AND p.population IS NOT NULL)::INTEGER AS zeros_published
      FROM f_age_sex AS f JOIN p_age_sex AS p USING (year, village_code, sex, age_group)`)).getRowObjectsJS() as {zeros: number; zeros_published: number}[];
    connection.closeSync();
    expect(counts!.zeros).toBeGreaterThan(0);
    expect(counts!.zeros_published).toBe(0);
    expect(ageSex!.zeros_published).toBe(0);
    // On the sample every identity holding a zero holds another (several villages a year have none), so
    // no complementary blank is needed; the audit below is what checks that none was needed.
    await expectNoSingleBlank(sample.full, sample.suppressed, sampleFamilies);
    expect(determinedBlanks(sample.full, sample.suppressed)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(sample.suppressed, "manifest.json"), "utf8"));
    expect(manifest.settings.min_cell).toBe(1);
  });
});
