import type {DuckDBConnection} from "@duckdb/node-api";
import {quotedString} from "./sql.ts";

export interface ColumnType {
  name: string;
  /** DuckDB's SQL name of the type, as a cast takes it ("VARCHAR", "DATE", …). */
  type: string;
}

/** The columns of a table, in table order, with their types. */
export async function columnTypes(connection: DuckDBConnection, table: string): Promise<ColumnType[]> {
  const reader = await connection.runAndReadAll(
    `SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE table_name = ${quotedString(table)} ORDER BY column_index`
  );
  const columns = reader.getRowObjects() as unknown as ColumnType[];
  if (columns.length === 0) throw new Error(`internal: no table ${table}`);
  return columns;
}
