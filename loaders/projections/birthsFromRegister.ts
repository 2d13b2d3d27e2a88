import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";

export type BirthsRow = {village_code: string; year: number; sex: "M" | "F"; mother_age: number | null; births: number};

/** Births (spells starting with 'birth', dated by the child's birth_date) of every reported year by the newborn's village and sex and the mother's age at the birth (null when persons.mother_id is not linked). SQL: `birthsFromRegister.sql`. */
export function birthsFromRegister(connection: DuckDBConnection): Promise<BirthsRow[]> {
  return runSqlFile<BirthsRow>(connection, "birthsFromRegister.sql");
}
