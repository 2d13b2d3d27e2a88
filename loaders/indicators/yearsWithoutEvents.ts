import type {DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";
import {rowsFromTable} from "../store/readRows.ts";

export interface YearWithoutEvents {
  year: number;
  /** Events (births, deaths, in- and out-migrants) the year would have at the register's average rate. */
  expected_events: number;
}

/**
 * yearsWithoutEvents(connection) lists, ascending, the reported years of village_year in which no
 * village records a birth, a death, an in-migrant or an out-migrant although at the register's own
 * event rate the chance of that is below 1/1000 (yearsWithoutEvents.sql).
 */
export async function yearsWithoutEvents(connection: DuckDBConnection): Promise<YearWithoutEvents[]> {
  return rowsFromTable<YearWithoutEvents>(connection, readFileSync(new URL("./yearsWithoutEvents.sql", import.meta.url), "utf8"));
}
