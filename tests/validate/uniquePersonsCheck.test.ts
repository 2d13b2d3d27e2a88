import type {DuckDBConnection} from "@duckdb/node-api";
import {describe, expect, test} from "vitest";
import {runSqlFile} from "../../loaders/store/runSqlFile.ts";
import {tableFromStaged} from "../../loaders/store/tableFromStaged.ts";
import {withDatabase} from "../support/withDatabase.ts";

const rule = (name: string) => new URL(`../../loaders/validate/rules/${name}.sql`, import.meta.url);
const files = {persons_file: "persons.csv"};

/**
 * Stages four person rows (P1 twice), runs the duplicate rule (02_persons.sql), lets `between`
 * act as the rules that follow, makes persons of the staged rows as applyRules does, and runs
 * 07_validated.sql, whose uniqueness check reads 02's grouping (repeated_person_ids).
 */
async function validatedPersons(connection: DuckDBConnection, between: string): Promise<string[]> {
  await runSqlFile(connection, new URL("../../loaders/validate/staging.sql", import.meta.url));
  await connection.run(`INSERT INTO extract_meta VALUES (NULL, DATE '2014-01-01', DATE '2025-12-31');
    INSERT INTO staged_persons (person_id, sex, birth_date, hukou_type, source_row) VALUES
      ('P1', 'F', DATE '1980-05-01', 'registered', 1), ('P2', 'M', DATE '1975-01-01', 'registered', 2),
      ('P1', 'F', DATE '1981-01-01', 'registered', 3), ('P3', 'F', DATE '1990-01-01', 'migrant', 4)`);
  await runSqlFile(connection, rule("02_persons"), files);
  if (between) await connection.run(between);
  await connection.run(`DELETE FROM staged_persons WHERE reject_reason IS NOT NULL;
    ALTER TABLE staged_persons DROP COLUMN reject_reason; ALTER TABLE staged_persons DROP COLUMN reject_column;
    ALTER TABLE staged_residence DROP COLUMN reject_reason; ALTER TABLE staged_residence DROP COLUMN reject_column`);
  await tableFromStaged(connection, {staged: "staged_persons", table: "persons"});
  await tableFromStaged(connection, {staged: "staged_residence", table: "residence"});
  await runSqlFile(connection, rule("07_validated"), files);
  const reader = await connection.runAndReadAll("SELECT person_id || '@' || source_row FROM persons ORDER BY source_row");
  return reader.getRows().map(([id]) => String(id));
}

describe("persons.person_id is checked unique after validation (07_validated.sql)", () => {
  test("the rules keep the first row of a repeated id, and the check passes", async () => {
    await withDatabase(async (connection) => {
      expect(await validatedPersons(connection, "")).toEqual(["P1@1", "P2@2", "P3@4"]);
    });
  });

  test("a repeated id that a later rule let through again is caught, though the check groups only 02's repeated ids", async () => {
    await withDatabase(async (connection) => {
      await expect(validatedPersons(connection, "UPDATE staged_persons SET reject_reason = NULL, reject_column = NULL")).rejects.toThrow(
        "persons.person_id is not unique after validation"
      );
    });
  });
});
