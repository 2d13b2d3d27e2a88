import type {DuckDBConnection} from "@duckdb/node-api";
import {quotedIdentifier} from "./sql.ts";

interface DeclaredColumn {
  column_name: string;
  data_type: string;
  is_nullable: boolean;
}

/**
 * Makes a staging table the table declared in schema.sql, by renaming it: the declared table (still
 * empty) is dropped, the staging table takes its name and then its NOT NULL constraints, which DuckDB
 * checks on the rows as it adds them. Copying the rows instead (INSERT … SELECT) cost about a second
 * per million rows and held both copies in memory. The staging table must already hold exactly the
 * rows to keep, with the declared columns in the declared order and types (checked here); a declared
 * table with any other constraint (a key, a CHECK) is refused, since a rename would not carry it.
 * Both tables are in the database (not TEMP): a rename cannot move a table out of the temp catalog.
 */
export async function tableFromStaged(connection: DuckDBConnection, {staged, table}: {staged: string; table: string}): Promise<void> {
  const declared = await columnsOf(connection, table);
  const given = await columnsOf(connection, staged);
  const shape = (columns: DeclaredColumn[]) => columns.map((c) => `${c.column_name} ${c.data_type}`).join(", ");
  if (declared.length === 0) throw new Error(`internal: table ${table} is not declared`);
  if (shape(declared) !== shape(given))
    throw new Error(`internal: ${staged} (${shape(given)}) does not have the columns ${table} declares (${shape(declared)})`);
  const constraints = await connection.runAndReadAll(
    "SELECT DISTINCT constraint_type FROM duckdb_constraints() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table AND constraint_type <> 'NOT NULL'",
    {table}
  );
  const others = (constraints.getRowObjects() as {constraint_type: string}[]).map((c) => c.constraint_type);
  if (others.length > 0) throw new Error(`internal: ${table} declares ${others.join(", ")}, which a rename of ${staged} would not keep`);
  // One transaction: if a NOT NULL check fails, the declared table is still there, and the staging table too.
  await connection.run("BEGIN TRANSACTION");
  try {
    await connection.run(`DROP TABLE main.${quotedIdentifier(table)}`);
    await connection.run(`ALTER TABLE main.${quotedIdentifier(staged)} RENAME TO ${quotedIdentifier(table)}`);
    for (const column of declared.filter((c) => !c.is_nullable))
      await connection.run(`ALTER TABLE main.${quotedIdentifier(table)} ALTER COLUMN ${quotedIdentifier(column.column_name)} SET NOT NULL`);
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

/** A table's columns in the database's main schema (not the temp catalog), in table order (none when there is no such table). */
async function columnsOf(connection: DuckDBConnection, table: string): Promise<DeclaredColumn[]> {
  const reader = await connection.runAndReadAll(
    "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table ORDER BY column_index",
    {table}
  );
  return reader.getRowObjects() as unknown as DeclaredColumn[];
}
