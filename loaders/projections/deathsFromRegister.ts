import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";
import {withRegisterSpells} from "./withRegisterSpells.ts";

export type DeathsRow = {village_code: string; year: number; sex: "M" | "F"; age: number; deaths: number};

/** Deaths (spells ending in 'death') of every reported year by village, sex and age at death in completed years (85 = 85+). SQL: `deathsFromRegister.sql`. */
export function deathsFromRegister(connection: DuckDBConnection): Promise<DeathsRow[]> {
  return withRegisterSpells(connection, () => runSqlFile<DeathsRow>(connection, "deathsFromRegister.sql"));
}
