import type {DuckDBConnection} from "@duckdb/node-api";
import {byAgeGroup, singleYears, type ByAgeGroup} from "./byAgeGroup.ts";
import {runSqlFile} from "./runSqlFile.ts";
import {withRegisterSpells} from "./withRegisterSpells.ts";

export type MigrationRow = {village_code: string; year: number; sex: "M" | "F"; age: number; in_migrants: number; out_migrants: number; internal_in: number; internal_out: number};

const sql = "migrationFromRegister.sql";

/** Moves of every reported year by village, sex and age at the move (85 = 85+); internal_in/internal_out are same-day moves of one person between two villages of the town, which cancel in the town's net migration. SQL: `migrationFromRegister.sql`. */
export function migrationFromRegister(connection: DuckDBConnection): Promise<MigrationRow[]> {
  return withRegisterSpells(connection, () => runSqlFile<MigrationRow>(connection, sql, {parameters: singleYears}));
}

/** The same moves counted by five-year age group (byAgeGroup). */
export function migrationByAgeGroupFromRegister(connection: DuckDBConnection): Promise<ByAgeGroup<MigrationRow>[]> {
  return withRegisterSpells(connection, () => runSqlFile<ByAgeGroup<MigrationRow>>(connection, sql, byAgeGroup));
}
