import type {DuckDBConnection} from "@duckdb/node-api";
import {projectionsFromRegister, type ProjectionOptions, type ProjectionRow} from "./projectionsFromRegister.ts";

/**
 * Rows of the published projection (projections.csv) from the validated register; see
 * {@link projectionsFromRegister} for the methods, scenarios and intervals.
 */
export async function projectRegister(connection: DuckDBConnection, options: ProjectionOptions = {}): Promise<ProjectionRow[]> {
  return (await projectionsFromRegister(connection, options)).projections;
}
