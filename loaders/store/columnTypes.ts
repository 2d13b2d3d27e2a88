import type {DuckDBConnection} from "@duckdb/node-api";
import {quotedIdentifier} from "./sql.ts";

export interface ColumnType {
  name: string;
  /** DuckDB's SQL name of the type, as a cast takes it ("VARCHAR", "DATE", …). */
  type: string;
}

/** The columns of a table, in table order, with their types (the table found as a query would find it). */
export async function columnTypes(connection: DuckDBConnection, table: string): Promise<ColumnType[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE ${quotedIdentifier(table)}`);
  return (reader.getRowObjects() as {column_name: string; column_type: string}[]).map((c) => ({name: c.column_name, type: c.column_type}));
}
