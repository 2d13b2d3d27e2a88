import {DuckDBInstance} from "@duckdb/node-api";
import {csvParseRows} from "d3";
import {createHash} from "node:crypto";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {z} from "zod";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {dataDictionary} from "../../loaders/publish/dataDictionary.ts";
import {dataPackage, type WrittenFile} from "../../loaders/publish/dataPackage.ts";
import {ensurePipelineOutputs} from "../../loaders/publish/ensurePipelineOutputs.ts";
import {runPipeline} from "../../loaders/runPipeline.ts";
import {writeSmallTown} from "../support/smallTown.ts";

// The structural rules of Data Package v1 (data-package, tabular-data-package, tabular-data-resource,
// table-schema) that a descriptor can break, written apart from the code that builds it.
const nameRule = z.string().regex(/^[a-z0-9._-]+$/);
const fieldTypes = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"] as const;
const fieldRule = z.object({name: z.string().min(1), title: z.string().min(1), description: z.string().min(1), type: z.enum(fieldTypes), unit: z.string().min(1).optional()});
const resourceRule = z.object({
  name: nameRule,
  // A path is a relative POSIX path that does not climb out of the package's folder.
  path: z.string().min(1).refine((p) => !p.startsWith("/") && !p.split("/").includes("..") && !p.includes("\\"), "relative path inside the package"),
  profile: z.literal("tabular-data-resource"),
  format: z.literal("csv"),
  mediatype: z.literal("text/csv"),
  encoding: z.string().min(1),
  dialect: z.object({delimiter: z.string().length(1), doubleQuote: z.boolean(), lineTerminator: z.string().min(1), quoteChar: z.string().length(1), header: z.boolean()}).optional(),
  bytes: z.number().int().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  schema: z.object({
    fields: z.array(fieldRule).min(1),
    missingValues: z.array(z.string()),
    primaryKey: z.array(z.string()).min(1).optional()
  }).refine((s) => (s.primaryKey ?? []).every((k) => s.fields.some((f) => f.name === k)), "primaryKey names fields of the schema")
    .refine((s) => new Set(s.fields.map((f) => f.name)).size === s.fields.length, "field names unique")
});
const packageRule = z.object({
  profile: z.literal("tabular-data-package"),
  name: nameRule,
  title: z.string().min(1),
  description: z.string().min(1),
  version: z.string().min(1),
  resources: z.array(resourceRule).min(1).refine((rs) => new Set(rs.map((r) => r.name)).size === rs.length, "resource names unique")
}).strict();

type Descriptor = z.infer<typeof packageRule>;

/** Table Schema's lexical form of each type in a CSV cell (defaults: "." decimals, no grouping, true/false, ISO dates). */
const lexicalForms: Record<string, string> = {
  integer: "^[+-]?[0-9]+$",
  number: "^([+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?|NaN|INF|-INF)$",
  string: "",
  boolean: "^(true|True|TRUE|1|false|False|FALSE|0)$",
  date: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
};

/** DuckDB's type for a Table Schema type, the other way from the code's mapping. */
const sqlTypes: Record<string, string> = {integer: "BIGINT", number: "DOUBLE", string: "VARCHAR", boolean: "BOOLEAN", date: "DATE"};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));

describe("datapackage.json of the sample's outputs", () => {
  let outputs: string;
  let descriptor: Descriptor;
  let manifest: {outputs: {file: string; bytes: number; sha256: string; rows?: number; published?: false}[]};
  const instance = DuckDBInstance.create(":memory:");
  afterAll(async () => (await instance).closeSync());

  beforeAll(async () => {
    outputs = await ensurePipelineOutputs("data/sample");
    descriptor = readJson(join(outputs, "datapackage.json"));
    manifest = readJson(join(outputs, "manifest.json"));
  }, 300_000);

  test("datapackage.json follows the structural rules of a Tabular Data Package v1", () => {
    const parsed = packageRule.safeParse(descriptor);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test("datapackage.json has a resource for every published CSV dataset, and every resource's file is in the folder", () => {
    const published = manifest.outputs.filter((o) => o.published !== false && o.file.endsWith(".csv") && o.file !== "data_dictionary.csv").map((o) => o.file);
    expect(published.length).toBe(8);
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...published].sort());
    for (const resource of descriptor.resources) {
      expect(existsSync(join(outputs, resource.path)), resource.path).toBe(true);
      expect(resource.path, resource.name).toBe(`${resource.name}.csv`);
    }
  });

  test("datapackage.json's fields are each CSV's header in order, each with a title, a description and a type, taken from the data dictionary", () => {
    for (const resource of descriptor.resources) {
      const header = csvParseRows(csvTextFromFile(join(outputs, resource.path)).split("\n", 1)[0]!)[0];
      expect(resource.schema.fields.map((f) => f.name), resource.name).toEqual(header);
      for (const field of resource.schema.fields) {
        const entry = dataDictionary.find((d) => d.dataset === resource.name && d.name === field.name)!;
        expect(field.title, field.name).toBe(entry.label_zh);
        expect(field.description, field.name).toBe(entry.definition);
        expect(field.unit, field.name).toBe(entry.unit === "—" ? undefined : entry.unit);
      }
    }
  });

  test("datapackage.json's bytes and hash are those of each file as written, which begins with the byte-order mark its utf-8-sig encoding says", () => {
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(outputs, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.encoding).toBe("utf-8-sig");
      expect([...bytes.subarray(0, 3)], resource.path).toEqual([0xef, 0xbb, 0xbf]);
      // The dialect's line terminator is the file's.
      const firstLine = bytes.subarray(0, bytes.indexOf(0x0a) + 1).toString("utf8");
      expect(firstLine.endsWith(resource.dialect!.lineTerminator), resource.path).toBe(true);
      expect(firstLine.endsWith("\r\n"), resource.path).toBe(false);
    }
  });

  test("datapackage.json's types are those of every cell: each non-empty cell of a field is in its type's lexical form", async () => {
    const connection = await (await instance).connect();
    for (const resource of descriptor.resources) {
      const source = `read_csv('${join(outputs, resource.path)}', header = true, all_varchar = true, nullstr = '')`;
      const checks = resource.schema.fields.filter((f) => lexicalForms[f.type] !== "").map((f) => `count(*) FILTER (WHERE "${f.name}" IS NOT NULL AND NOT regexp_full_match("${f.name}", '${lexicalForms[f.type]}'))::INTEGER AS "${f.name}"`);
      if (checks.length === 0) continue;
      const bad = (await connection.runAndReadAll(`SELECT ${checks.join(", ")} FROM ${source}`)).getRowObjects()[0] as Record<string, number>;
      expect(Object.entries(bad).filter(([, n]) => n > 0), resource.name).toEqual([]);
    }
    // The check reads the cells: a number cell is not an integer.
    const {n} = (await connection.runAndReadAll(`SELECT count(*) FILTER (WHERE NOT regexp_full_match(population, '${lexicalForms.integer}'))::INTEGER AS n FROM read_csv('${join(outputs, "projections.csv")}', all_varchar = true)`)).getRowObjects()[0] as {n: number};
    expect(n).toBeGreaterThan(0);
    connection.closeSync();
  });

  test("datapackage.json's types read every CSV with DuckDB's read_csv (no detection), every row, and each primaryKey is unique with no empty cell", async () => {
    const connection = await (await instance).connect();
    for (const resource of descriptor.resources) {
      const columns = `{${resource.schema.fields.map((f) => `'${f.name}': '${sqlTypes[f.type]}'`).join(", ")}}`;
      const source = `read_csv('${join(outputs, resource.path)}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${columns})`;
      const {n} = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${source}`)).getRowObjects()[0] as {n: number};
      expect(n, resource.path).toBe(manifest.outputs.find((o) => o.file === resource.path)!.rows);
      const key = resource.schema.primaryKey;
      if (!key) continue;
      const keyColumns = key.map((k) => `"${k}"`).join(", ");
      const counts = (await connection.runAndReadAll(
        `SELECT count(*)::INTEGER AS n, count(DISTINCT (${keyColumns}))::INTEGER AS distinct_keys, count(*) FILTER (WHERE ${key.map((k) => `"${k}" IS NULL`).join(" OR ")})::INTEGER AS empty FROM ${source}`
      )).getRowObjects()[0] as {n: number; distinct_keys: number; empty: number};
      expect(counts, resource.name).toEqual({n, distinct_keys: n, empty: 0});
    }
    // Every dataset has its key.
    expect(descriptor.resources.filter((r) => !r.schema.primaryKey).map((r) => r.name)).toEqual([]);
    connection.closeSync();
  });

  test("datapackage.json holds the version of manifest.json and no personal data, and manifest.json lists it with its SHA-256", () => {
    const bytes = readFileSync(join(outputs, "datapackage.json"));
    expect(descriptor.version).toBe(readJson(join(outputs, "manifest.json")).version);
    const entry = manifest.outputs.find((o) => o.file === "datapackage.json");
    expect(entry).toEqual({file: "datapackage.json", bytes: bytes.length, sha256: sha256(bytes)});
    // Without --min-cell, a blank is said to be missing data only.
    expect(descriptor.description).not.toContain("--min-cell");
    // The characters that get the apostrophe, as csv_safe_text (loaders/store/macros.sql) has them.
    const macros = readFileSync(new URL("../../loaders/store/macros.sql", import.meta.url), "utf8");
    const characterClass = /csv_safe_text[\s\S]*?regexp_matches\(s, '\^\[([^\]]+)\]'\)/.exec(macros)![1]!;
    const names: Record<string, string> = {"\\t": "制表符", "\\r": "回车", "\\-": "-"};
    const characters = characterClass.match(/\\.|./gu)!.map((c) => names[c] ?? c);
    expect(descriptor.description).toContain(`以 ${characters.slice(0, -2).join("、")}、${characters.at(-2)}或${characters.at(-1)}开头者`);
    expect(descriptor.description).toContain("撇号");
  });
});

describe("datapackage.json of a small town", () => {
  test("runPipeline(options) twice writes datapackage.json byte for byte the same, and with --min-cell says that blanks may be withheld counts", async () => {
    const input = writeSmallTown();
    const runs = [0, 1].map(() => join(mkdtempSync(join(tmpdir(), "datapackage-")), "out"));
    for (const out of runs) await runPipeline({input, out, minCell: 2});
    const [a, b] = runs.map((out) => readFileSync(join(out, "datapackage.json")));
    expect(b!.equals(a!)).toBe(true);
    const text = a!.toString("utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "profile": "tabular-data-package"');
    const descriptor = JSON.parse(text) as Descriptor;
    expect(packageRule.safeParse(descriptor).success).toBe(true);
    expect(descriptor.description).toContain("--min-cell 2");
    expect(descriptor.description).toContain("少于2人的人数");
    // No region in this extract: the title is the project's alone.
    expect(descriptor.title).toBe("人口发展公报数据");
  }, 120_000);
});

describe("dataPackage", () => {
  const files = (names: string[]): Record<string, WrittenFile> => Object.fromEntries(names.map((n) => [`${n}.csv`, {bytes: 3, sha256: "0".repeat(64)}]));
  const datasets = [...new Set(dataDictionary.map((d) => d.dataset))];

  test("dataPackage(options) names the region in the title, and gives every dataset of the dictionary a resource, in the dictionary's order", () => {
    const descriptor = dataPackage({version: "1.2.3", region: "青石镇", minCell: 0, dictionary: dataDictionary, files: files(datasets)});
    expect(descriptor.title).toBe("青石镇人口发展公报数据");
    expect(descriptor.resources.map((r) => r.name)).toEqual(datasets);
    expect(descriptor.resources[0]!.hash).toBe(`sha256:${"0".repeat(64)}`);
  });

  test("dataPackage(options) throws, naming the file, when a dataset's CSV was not written", () => {
    expect(() => dataPackage({version: "1", region: null, minCell: 0, dictionary: dataDictionary, files: files(datasets.filter((d) => d !== "age_sex"))})).toThrow("age_sex.csv");
  });

  test("dataPackage(options) throws for a dictionary column whose type has no Table Schema type", () => {
    const dictionary = [...dataDictionary, {dataset: "village_year", name: "stamp", label_zh: "时间", definition: "时间戳", unit: "—", type: "TIMESTAMP"}];
    expect(() => dataPackage({version: "1", region: null, minCell: 0, dictionary, files: files(datasets)})).toThrow('"TIMESTAMP"');
  });
});
