import type {DuckDBConnection} from "@duckdb/node-api";
import {quotedIdentifier, quotedString} from "../store/sql.ts";
import type {DictionaryEntry} from "./dataDictionary.ts";
import {suppressionDatasets} from "./suppressionDatasets.ts";
import {suppressionRole} from "./suppressionRole.ts";
import {suppressionRowKeys} from "./suppressionRowKeys.ts";

/**
 * suppressionCells(connection, dictionary) creates the table suppression_cells: one row per published
 * cell that small-cell suppression may blank (a count of people, or a value computed from counts;
 * a NULL cell is not one), with its dataset, row key (year, village_code, k3, k4; '' for no key),
 * column, value and role, numbered (id from 0) in ranking order: dataset, column order, year,
 * village code, the other keys (age groups by age).
 */
export async function suppressionCells(connection: DuckDBConnection, dictionary: readonly DictionaryEntry[]): Promise<void> {
  const selects: string[] = [];
  suppressionDatasets.forEach((dataset, datasetRank) => {
    const entries = dictionary.filter((entry) => entry.dataset === dataset.dataset && suppressionRole(entry, dataset));
    if (!entries.length) return;
    const {k3, k4} = suppressionRowKeys(dataset);
    const columns = entries.map((entry) => `${quotedIdentifier(entry.name)}::DOUBLE AS ${quotedIdentifier(entry.name)}`).join(", ");
    const ranks = entries.map((entry, i) => `(${quotedString(entry.name)}, ${i}, ${suppressionRole(entry, dataset) === "derived"})`).join(", ");
    selects.push(`SELECT ${quotedString(dataset.dataset)} AS dataset, ${datasetRank} AS dataset_rank, year, village_code, k3, k4, "column", value, r.column_rank, r.derived
      FROM (UNPIVOT (SELECT ${dataset.distinct ? "DISTINCT " : ""}year::INTEGER AS year, village_code, ${k3} AS k3, ${k4} AS k4, ${columns}
                     FROM ${quotedIdentifier(dataset.table)} ${dataset.rows ? `WHERE ${dataset.rows}` : ""})
            ON ${entries.map((entry) => quotedIdentifier(entry.name)).join(", ")} INTO NAME "column" VALUE value)
      JOIN (VALUES ${ranks}) AS r("column", column_rank, derived) USING ("column")`);
  });
  await connection.run(`CREATE OR REPLACE TEMP TABLE suppression_cells AS
    SELECT (row_number() OVER (ORDER BY dataset_rank, column_rank, year, village_code, age_group_start(k3) NULLS FIRST, k3, age_group_start(k4) NULLS FIRST, k4) - 1)::INTEGER AS id,
      dataset, year, village_code, k3, k4, "column", value, derived
    FROM (${selects.join("\nUNION ALL\n")})`);
}
