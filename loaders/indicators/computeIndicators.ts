import type {DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";
import {runSql, runSqlFile} from "../store/runSqlFile.ts";
import {defaults, type IndicatorOptions} from "./defaults.ts";
import {indicatorSteps} from "./indicatorSteps.ts";

/**
 * computeIndicators(connection, options?) reads the validated register (loaders/store/schema.sql)
 * and creates the output tables `village_year`, `age_sex` and `service_coverage`, replacing them
 * if they exist. Rows are ordered by year, then TOWN first, then village_code. Intermediate
 * `ind_*` temporary tables are dropped at the end; the macros (rate_or_null, wilson_*,
 * poisson_*, age_in_full_years) stay on the connection for checkTargets and other stages.
 * Options default to `defaults` (loaders/indicators/defaults.ts).
 */
export async function computeIndicators(connection: DuckDBConnection, options: Partial<IndicatorOptions> = {}): Promise<void> {
  const resolved: IndicatorOptions = {...defaults, ...options};
  await runSqlFile(connection, new URL("../store/macros.sql", import.meta.url));
  await runSqlFile(connection, new URL("./indicatorMacros.sql", import.meta.url));
  for (const step of indicatorSteps) {
    const select = readFileSync(step.sql, "utf8").trim().replace(/;$/, "");
    const kind = step.view ? "TEMP VIEW" : step.temporary ? "TEMP TABLE" : "TABLE";
    const sql = `CREATE OR REPLACE ${kind} ${step.table} AS\n${select}`;
    await runSql(connection, sql, step.parameters?.(resolved) ?? {}, step.sql.pathname);
  }
  for (const step of [...indicatorSteps].reverse()) {
    if (step.temporary) await connection.run(`DROP ${step.view ? "VIEW" : "TABLE"} IF EXISTS temp.${step.table}`);
  }
}
