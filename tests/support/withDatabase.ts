import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";

const schema = readFileSync(new URL("../../loaders/store/schema.sql", import.meta.url), "utf8");

/**
 * withDatabase(fn) opens a fresh ':memory:' DuckDB, creates the validated-register tables of
 * loaders/store/schema.sql, runs fn(connection) and closes the database, whatever fn does.
 */
export async function withDatabase<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:", {threads: "1"});
  const connection = await instance.connect();
  try {
    await connection.run(schema);
    return await fn(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
