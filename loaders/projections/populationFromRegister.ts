import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";

export type PopulationRow = {village_code: string; year: number; sex: "M" | "F"; age: number; population: number};

/** Population at Y-12-31 of every reported year by village, sex and age in completed years (85 = 85+). A spell counts when start_date ≤ Y-12-31 and (end_date IS NULL or end_date > Y-12-31). SQL: `populationFromRegister.sql`. The projections take the same counts from `populationExposureFromRegister`. */
export function populationFromRegister(connection: DuckDBConnection): Promise<PopulationRow[]> {
  return runSqlFile<PopulationRow>(connection, "populationFromRegister.sql");
}
