import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";

/**
 * rowsFromTable(connection, sql, values?) runs a query and returns its rows as plain objects.
 * This is the one place where DuckDB's BIGINT/HUGEINT (JavaScript bigint) becomes a number; a value
 * beyond Number.MAX_SAFE_INTEGER throws rather than silently losing precision. DATE arrives as a
 * JavaScript Date (UTC midnight), DOUBLE and INTEGER as numbers, NULL as null.
 */
export async function rowsFromTable<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
  values?: Record<string, DuckDBValue> | DuckDBValue[]
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql, values);
  return reader.getRowObjectsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) out[key] = typeof value === "bigint" ? numberFromBigint(value, key) : value;
    return out as T;
  });
}

function numberFromBigint(value: bigint, column: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`整数超出可精确表示的范围:列 ${column},值 ${value} / integer out of safe range: column ${column}, value ${value}`);
  }
  return Number(value);
}
