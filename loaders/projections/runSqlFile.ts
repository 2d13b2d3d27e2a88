import {readFileSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile as runStoreSqlFile} from "../store/runSqlFile.ts";

const cache = new Map<string, string>();
/** Connections that already have the shared SQL macros (age_in_full_years, reported_years). */
const withMacros = new WeakSet<DuckDBConnection>();

/**
 * Runs the single query of a `.sql` file beside this module and returns its rows as plain JS objects.
 * Queries cast counts to INTEGER or DOUBLE so that no `bigint` reaches the caller. `parameters` are
 * bound by name ($age_width), and `around` may wrap the query in another (see byAgeGroup).
 */
export async function runSqlFile<Row>(
  connection: DuckDBConnection,
  file: string,
  {parameters, around = (sql) => sql}: {parameters?: Record<string, number>; around?: (sql: string) => string} = {}
): Promise<Row[]> {
  if (!withMacros.has(connection)) {
    await runStoreSqlFile(connection, new URL("../store/macros.sql", import.meta.url));
    withMacros.add(connection);
  }
  let sql = cache.get(file);
  if (sql === undefined) {
    sql = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    cache.set(file, sql);
  }
  const reader = await connection.runAndReadAll(around(sql), parameters);
  // Reading by columns and building the objects here is several times faster than getRowObjectsJS on 10⁵–10⁶ rows.
  const names = reader.columnNames();
  const columns = reader.getColumnsJS();
  const rows = new Array<Row>(reader.currentRowCount);
  for (let i = 0; i < rows.length; ++i) {
    const row: Record<string, unknown> = {};
    for (let j = 0; j < names.length; ++j) row[names[j]] = columns[j][i];
    rows[i] = row as Row;
  }
  return rows;
}
