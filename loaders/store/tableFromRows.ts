import type {DuckDBConnection} from "@duckdb/node-api";
import {appendValues, type AppendType} from "./appendValues.ts";
import {quotedIdentifier} from "./sql.ts";

const sqlTypes: Record<AppendType, string> = {varchar: "VARCHAR", integer: "INTEGER", bigint: "BIGINT", double: "DOUBLE", boolean: "BOOLEAN", date: "DATE"};

/** Creates (or replaces) a table from plain row objects, with the given columns in order. */
export async function tableFromRows<T extends object>(
  connection: DuckDBConnection,
  name: string,
  columns: readonly (readonly [keyof T & string, AppendType])[],
  rows: readonly T[]
): Promise<void> {
  const definition = columns.map(([column, type]) => `${quotedIdentifier(column)} ${sqlTypes[type]}`).join(", ");
  await connection.run(`CREATE OR REPLACE TABLE ${quotedIdentifier(name)} (${definition})`);
  const appender = await connection.createAppender(name);
  const types = columns.map(([, type]) => type);
  for (const row of rows) appendValues(appender, types, columns.map(([column]) => (row as Record<string, unknown>)[column]));
  appender.closeSync();
}
