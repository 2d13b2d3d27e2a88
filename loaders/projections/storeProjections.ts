import type {DuckDBConnection} from "@duckdb/node-api";
import {tableFromRows} from "../store/tableFromRows.ts";
import type {Projections} from "./projectionsFromRegister.ts";

/**
 * Stores the projection product as tables for publishing: projections, projection_accuracy,
 * projection_births and projection_assumptions.
 */
export async function storeProjections(connection: DuckDBConnection, result: Projections): Promise<void> {
  await tableFromRows(connection, "projections", [
    ["base_year", "integer"], ["year", "integer"], ["village_code", "varchar"], ["scenario", "varchar"], ["method", "varchar"],
    ["sex", "varchar"], ["age_group", "varchar"], ["population", "double"],
    ["lower_80", "double"], ["upper_80", "double"], ["lower_95", "double"], ["upper_95", "double"]
  ], result.projections);
  await tableFromRows(connection, "projection_accuracy", [
    ["method", "varchar"], ["horizon", "integer"], ["size_class", "varchar"], ["n", "integer"],
    ["mape", "double"], ["median_ape", "double"], ["malpe", "double"], ["coverage_80", "double"], ["coverage_95", "double"],
    ["coverage_80_prospective", "double"], ["coverage_95_prospective", "double"], ["n_prospective", "integer"]
  ], result.accuracy);
  await tableFromRows(connection, "projection_births", [
    ["base_year", "integer"], ["village_code", "varchar"], ["scenario", "varchar"], ["births_per_year", "double"]
  ], result.births);
  await tableFromRows(connection, "projection_assumptions", [["key", "varchar"], ["label", "varchar"], ["value", "varchar"], ["unit", "varchar"]],
    result.assumptions.map((a) => ({...a, value: String(a.value)})));
}
