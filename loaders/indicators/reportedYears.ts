import type {DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";
import {rowsFromTable} from "../store/readRows.ts";
import {runSqlFile} from "../store/runSqlFile.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

/** The years covered whole by the register (table ind_reported_years). */
export const reportedYearsStep: IndicatorStep = {
  id: "reportedYears",
  sql: new URL("./reportedYears.sql", import.meta.url),
  table: "ind_reported_years",
  temporary: true,
  columns: []
};

/**
 * reportedYears(connection) lists, ascending, the years Y with register_start ≤ Y-01-01 and
 * extract_date ≥ Y-12-31 (from extract_meta). Empty when extract_meta is empty or no year is whole.
 */
export async function reportedYears(connection: DuckDBConnection): Promise<number[]> {
  await runSqlFile(connection, new URL("../store/macros.sql", import.meta.url));
  const rows = await rowsFromTable<{year: number}>(connection, readFileSync(reportedYearsStep.sql, "utf8"));
  return rows.map((row) => row.year);
}
