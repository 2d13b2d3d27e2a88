import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "./runSqlFile.ts";

export type ReportedYearRow = {year: number};

/** Calendar years fully covered by the register (register_start ≤ Y-01-01 and extract_date ≥ Y-12-31), ascending. SQL: `reportedYearsFromRegister.sql`. */
export function reportedYearsFromRegister(connection: DuckDBConnection): Promise<ReportedYearRow[]> {
  return runSqlFile<ReportedYearRow>(connection, "reportedYearsFromRegister.sql");
}
