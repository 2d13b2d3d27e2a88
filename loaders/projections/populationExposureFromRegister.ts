import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";
import {withRegisterSpells} from "./withRegisterSpells.ts";

export type PopulationExposureRow = {village_code: string; year: number; sex: "M" | "F"; age: number; population: number; person_years: number};

/**
 * Person-years at risk of every reported year, and the population at its 31 December, by village, sex and age in
 * completed years (85 = 85+), from one cut of the spells at the year's ends and at birthdays: a whole year counts 1
 * person-year, and a spell lived on 31 December counts at the age it has then. One row per age with person-years
 * (population 0 when nobody is left at the year's end). The population is that of `populationFromRegister`, whose
 * query joins the register once more. SQL: `populationExposureFromRegister.sql`.
 */
export function populationExposureFromRegister(connection: DuckDBConnection): Promise<PopulationExposureRow[]> {
  return withRegisterSpells(connection, () => runSqlFile<PopulationExposureRow>(connection, "populationExposureFromRegister.sql"));
}
