import type {DuckDBConnection} from "@duckdb/node-api";
import type {AssumptionRow} from "./projectionAssumptionsFromRates.ts";
import {projectionsFromRegister, type ProjectionOptions} from "./projectionsFromRegister.ts";

/** Every assumption of the published projection, as rows for the dashboard ({@link projectionAssumptionsFromRates}). */
export async function projectionAssumptions(connection: DuckDBConnection, options: ProjectionOptions = {}): Promise<AssumptionRow[]> {
  return (await projectionsFromRegister(connection, {...options, scenarios: []})).assumptions;
}
