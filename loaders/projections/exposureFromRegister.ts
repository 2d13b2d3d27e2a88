import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";
import {withRegisterSpells} from "./withRegisterSpells.ts";

export type ExposureRow = {village_code: string; year: number; sex: "M" | "F"; age: number; person_years: number};

/** Person-years at risk of every reported year by village, sex and age in completed years (85 = 85+), from spells cut at the year's ends and at birthdays; a whole year counts 1. The person-years of `populationExposureFromRegister` (SQL: `populationExposureFromRegister.sql`). */
export function exposureFromRegister(connection: DuckDBConnection): Promise<ExposureRow[]> {
  return withRegisterSpells(connection, () => runSqlFile<ExposureRow>(connection, "populationExposureFromRegister.sql", {around: (sql) => `SELECT * EXCLUDE (population) FROM (${sql.trim().replace(/;$/, "")})`}));
}
