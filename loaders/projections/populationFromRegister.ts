import type {DuckDBConnection} from "@duckdb/node-api";
import {byAgeGroup, singleYears, type ByAgeGroup} from "./byAgeGroup.ts";
import {runSqlFile} from "./runSqlFile.ts";

export type PopulationRow = {village_code: string; year: number; sex: "M" | "F"; age: number; population: number};

const sql = "populationFromRegister.sql";

/** Population at Y-12-31 of every reported year by village, sex and age in completed years (85 = 85+). A spell counts when start_date ≤ Y-12-31 and (end_date IS NULL or end_date > Y-12-31). SQL: `populationFromRegister.sql`. */
export function populationFromRegister(connection: DuckDBConnection): Promise<PopulationRow[]> {
  return runSqlFile<PopulationRow>(connection, sql, {parameters: singleYears});
}

/** The same population counted by five-year age group (byAgeGroup). */
export function populationByAgeGroupFromRegister(connection: DuckDBConnection): Promise<ByAgeGroup<PopulationRow>[]> {
  return runSqlFile<ByAgeGroup<PopulationRow>>(connection, sql, byAgeGroup);
}
