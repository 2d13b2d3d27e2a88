import type {DuckDBConnection} from "@duckdb/node-api";
import {computeIndicators} from "../../loaders/indicators/computeIndicators.ts";
import type {IndicatorOptions} from "../../loaders/indicators/defaults.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";

/** A hand-made validated register, written tersely for tests. */
export interface Register {
  /** extract_meta; region defaults to NULL. */
  meta: {region?: string | null; register_start: string; extract_date: string};
  /** [village_code, village_name?, village_type?] */
  villages: [string, string?, string?][];
  persons: Person[];
  /** [person_id, village_code, start_date, start_reason, end_date?, end_reason?] */
  spells: [string, string, string, string, string?, string?][];
  /** [year, village_code, project, eligible, served] */
  services?: [number, string, string, number, number][];
  /** [year, village_code or null, amount_yuan] */
  funding?: [number, string | null, number][];
}

export interface Person {
  id: string;
  sex: "M" | "F";
  birth: string;
  hukou?: "registered" | "migrant";
  mother?: string;
  order?: number;
  policy?: boolean;
}

function literal(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

function values(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((row) => `(${row.map(literal).join(", ")})`).join(",\n");
}

/** insertRegister(connection, register) inserts the register into the schema.sql tables. */
export async function insertRegister(connection: DuckDBConnection, register: Register): Promise<void> {
  const {meta, villages, persons, spells, services = [], funding = []} = register;
  await connection.run(`INSERT INTO extract_meta VALUES (${literal(meta.region)}, ${literal(meta.register_start)}, ${literal(meta.extract_date)})`);
  if (villages.length) await connection.run(`INSERT INTO villages VALUES ${values(villages.map(([code, name, type], i) => [code, name ?? code, type ?? "village", i + 1]))}`);
  if (persons.length) await connection.run(`INSERT INTO persons VALUES ${values(persons.map((p, i) => [p.id, p.sex, p.birth, p.hukou ?? "registered", p.mother, p.order, p.policy, i + 1]))}`);
  if (spells.length) await connection.run(`INSERT INTO residence VALUES ${values(spells.map((s, i) => [...s.slice(0, 4), s[4], s[5], i + 1]))}`);
  if (services.length) await connection.run(`INSERT INTO services VALUES ${values(services)}`);
  if (funding.length) await connection.run(`INSERT INTO funding VALUES ${values(funding.map(([year, code, amount], i) => [year, code, null, null, amount, i + 1]))}`);
}

export type Row = Record<string, any>;

/** villageYearRows(connection, register, options?) inserts the register, runs computeIndicators and returns village_year. */
export async function villageYearRows(connection: DuckDBConnection, register: Register, options?: Partial<IndicatorOptions>): Promise<Row[]> {
  await insertRegister(connection, register);
  await computeIndicators(connection, options);
  return rowsFromTable<Row>(connection, "SELECT * FROM village_year ORDER BY year, village_code <> 'TOWN', village_code");
}

/** The row of village_year for one year and village_code; throws when missing. */
export function rowOf(rows: Row[], year: number, code: string): Row {
  const row = rows.find((r) => r.year === year && r.village_code === code);
  if (!row) throw new Error(`no village_year row for ${year} ${code}`);
  return row;
}

/** Wilson score interval of k successes in n at z (Wilson 1927), computed independently of the SQL. */
export function wilson(k: number, n: number, z = 1.959964): [number, number] {
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
