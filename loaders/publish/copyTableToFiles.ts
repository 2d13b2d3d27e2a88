import type {DuckDBConnection} from "@duckdb/node-api";
import {join} from "node:path";
import {columnTypes, type ColumnType} from "../store/columnTypes.ts";
import {quotedIdentifier, quotedString} from "../store/sql.ts";

export interface CopyOptions {
  /** ORDER BY clause (without the keywords) that fixes the row order, so outputs are byte-identical. */
  orderBy: string;
  /** Column → SQL condition over the row under which its cell is written empty (small-cell suppression, smallCells.ts). */
  blank?: Readonly<Record<string, string>>;
}

/**
 * Writes a table as `<name>.csv` and `<name>.parquet` in `dir`, rows in a fixed order.
 * In the CSV, text cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) are prefixed with an apostrophe; numbers are written as numbers.
 * Returns the number of rows written.
 */
export async function copyTableToFiles(connection: DuckDBConnection, table: string, dir: string, name: string, options: CopyOptions): Promise<number> {
  const {orderBy, blank = {}} = options;
  const columns = await columnTypes(connection, table);
  const value = ({name}: ColumnType) =>
    blank[name] !== undefined ? `CASE WHEN ${blank[name]} THEN NULL ELSE ${quotedIdentifier(name)} END` : quotedIdentifier(name);
  const parquetSelect = columns.map((c) => `${value(c)} AS ${quotedIdentifier(c.name)}`).join(", ");
  const csvSelect = columns
    .map((c) => (c.type === "VARCHAR" ? `csv_safe_text(${value(c)})` : value(c)) + ` AS ${quotedIdentifier(c.name)}`)
    .join(", ");
  const from = `FROM ${quotedIdentifier(table)} ORDER BY ${orderBy}`;
  await connection.run(`COPY (SELECT ${csvSelect} ${from}) TO ${quotedString(join(dir, `${name}.csv`))} (FORMAT csv, HEADER true)`);
  await connection.run(
    `COPY (SELECT ${parquetSelect} ${from}) TO ${quotedString(join(dir, `${name}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`
  );
  const count = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${quotedIdentifier(table)}`);
  return (count.getRowObjects()[0] as {n: number}).n;
}
