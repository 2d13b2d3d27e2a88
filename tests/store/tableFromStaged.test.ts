import type {DuckDBConnection} from "@duckdb/node-api";
import {describe, expect, test} from "vitest";
import {tableFromStaged} from "../../loaders/store/tableFromStaged.ts";
import {withDatabase} from "../support/withDatabase.ts";

async function rows(connection: DuckDBConnection, sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson();
}

/** A table's columns and constraints as DuckDB reports them (what a query, an INSERT and a reader of the file see). */
async function shapeOf(connection: DuckDBConnection, table: string) {
  return {
    columns: await rows(connection, `SELECT column_name, column_index, data_type, is_nullable, column_default FROM duckdb_columns()
      WHERE schema_name = 'main' AND table_name = '${table}' ORDER BY column_index`),
    constraints: await rows(connection, `SELECT constraint_type, constraint_column_names FROM duckdb_constraints()
      WHERE schema_name = 'main' AND table_name = '${table}' ORDER BY ALL`)
  };
}

// staged_persons once 06_finalize.sql has dropped its reject columns: the columns of persons, no constraint.
const stagedPersons = `CREATE TABLE staged_persons (
  person_id VARCHAR, sex VARCHAR, birth_date DATE, hukou_type VARCHAR, mother_id VARCHAR,
  birth_order INTEGER, policy_compliant BOOLEAN, source_row INTEGER)`;

describe("tableFromStaged", () => {
  test("tableFromStaged(connection, {staged, table}) gives the staged rows, in stored order, the declared table's columns and NOT NULL constraints", async () => {
    const declared = await withDatabase((connection) => shapeOf(connection, "persons"));
    await withDatabase(async (connection) => {
      await connection.run(stagedPersons);
      await connection.run(`INSERT INTO staged_persons VALUES
        ('P9', 'F', DATE '1990-01-01', 'registered', NULL, NULL, NULL, 3),
        ('P1', 'M', DATE '1980-01-01', 'migrant', 'P9', 2, TRUE, 1)`);
      await tableFromStaged(connection, {staged: "staged_persons", table: "persons"});
      expect(await shapeOf(connection, "persons")).toEqual(declared);
      expect(declared.constraints.length).toBeGreaterThan(0);
      expect(await rows(connection, "SELECT person_id, source_row FROM persons")).toEqual([{person_id: "P9", source_row: 3}, {person_id: "P1", source_row: 1}]);
      expect(await rows(connection, "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'staged_persons'")).toEqual([{n: 0}]);
      await expect(connection.run("INSERT INTO persons VALUES (NULL, 'F', DATE '1990-01-01', 'registered', NULL, NULL, NULL, 4)")).rejects.toThrow(/NOT NULL/);
    });
  });

  test("tableFromStaged(connection, {staged, table}) refuses a staging table whose columns are not the declared ones, and leaves both tables", async () => {
    await withDatabase(async (connection) => {
      await connection.run(stagedPersons);
      await connection.run("ALTER TABLE staged_persons ADD COLUMN reject_reason VARCHAR");
      await expect(tableFromStaged(connection, {staged: "staged_persons", table: "persons"})).rejects.toThrow(
        "internal: staged_persons (person_id VARCHAR, sex VARCHAR, birth_date DATE, hukou_type VARCHAR, mother_id VARCHAR, birth_order INTEGER, policy_compliant BOOLEAN, source_row INTEGER, reject_reason VARCHAR) does not have the columns persons declares"
      );
      await connection.run("ALTER TABLE staged_persons DROP COLUMN reject_reason");
      await connection.run("ALTER TABLE staged_persons ALTER COLUMN birth_date TYPE VARCHAR");
      await expect(tableFromStaged(connection, {staged: "staged_persons", table: "persons"})).rejects.toThrow(/does not have the columns persons declares/);
      expect(await rows(connection, "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%persons' ORDER BY 1")).toEqual([{table_name: "persons"}, {table_name: "staged_persons"}]);
    });
  });

  test("tableFromStaged(connection, {staged, table}) keeps the declared table when a staged row breaks a NOT NULL constraint", async () => {
    const declared = await withDatabase((connection) => shapeOf(connection, "persons"));
    await withDatabase(async (connection) => {
      await connection.run(stagedPersons);
      await connection.run("INSERT INTO staged_persons VALUES ('P1', NULL, DATE '1980-01-01', 'migrant', NULL, NULL, NULL, 1)");
      await expect(tableFromStaged(connection, {staged: "staged_persons", table: "persons"})).rejects.toThrow(/NOT NULL constraint failed: persons.sex/);
      expect(await shapeOf(connection, "persons")).toEqual(declared);
      expect(await rows(connection, "SELECT (SELECT count(*) FROM persons)::INTEGER AS persons, (SELECT count(*) FROM staged_persons)::INTEGER AS staged")).toEqual([{persons: 0, staged: 1}]);
    });
  });

  test("tableFromStaged(connection, {staged, table}) refuses a declared table with a key, which a rename would lose", async () => {
    await withDatabase(async (connection) => {
      await connection.run("CREATE TABLE staged_villages (village_code VARCHAR, village_name VARCHAR, village_type VARCHAR, source_row INTEGER)");
      await expect(tableFromStaged(connection, {staged: "staged_villages", table: "villages"})).rejects.toThrow(
        "internal: villages declares PRIMARY KEY, which a rename of staged_villages would not keep"
      );
    });
  });
});
