import {readFileSync} from "node:fs";
import type {DuckDBConnection} from "@duckdb/node-api";

const cache = new Map<string, string>();

/**
 * Runs the single query of a `.sql` file beside this module and returns its rows as plain JS objects.
 * Queries cast counts to INTEGER or DOUBLE so that no `bigint` reaches the caller.
 */
export async function runSqlFile<Row>(connection: DuckDBConnection, file: string): Promise<Row[]> {
  let sql = cache.get(file);
  if (sql === undefined) {
    sql = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    cache.set(file, sql);
  }
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Row[];
}
