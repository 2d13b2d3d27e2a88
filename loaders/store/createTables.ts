import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";

/** Creates the validated-register tables (schema.sql) and the SQL macros the stages share. */
export async function createTables(connection: DuckDBConnection): Promise<void> {
  await runSqlFile(connection, new URL("./schema.sql", import.meta.url));
  // After the tables: DuckDB binds a table macro (reported_years reads extract_meta) when it is created.
  await runSqlFile(connection, new URL("./macros.sql", import.meta.url));
}
