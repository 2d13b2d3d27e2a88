import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";

/** Creates the validated-register tables (schema.sql) and the SQL macros the stages share. */
export async function createTables(connection: DuckDBConnection): Promise<void> {
  await runSqlFile(connection, new URL("./macros.sql", import.meta.url));
  await runSqlFile(connection, new URL("./schema.sql", import.meta.url));
}
