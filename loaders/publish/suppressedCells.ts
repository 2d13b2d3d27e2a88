import type {DuckDBConnection} from "@duckdb/node-api";
import {defaults as indicatorDefaults} from "../indicators/defaults.ts";
import {runSqlFile} from "../store/runSqlFile.ts";
import {quotedString} from "../store/sql.ts";
import {tableFromRows} from "../store/tableFromRows.ts";
import type {DictionaryEntry} from "./dataDictionary.ts";
import {derivedFrom} from "./derivedFrom.ts";
import {suppressCells, type SuppressionCell} from "./suppressCells.ts";
import {suppressionCells} from "./suppressionCells.ts";

/** The columns of a query's result, as JavaScript values (lists as arrays). */
async function columnsOf(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getColumnsJS() as unknown[][];
}

/**
 * suppressedCells(connection, dictionary, minCell) creates the table suppressed_cells (dataset, year,
 * village_code, k3, k4, column: the keys of suppression_cells) of the published cells to blank under
 * small-cell suppression with threshold minCell: counts below it, what is computed from them, and the
 * complementary cells that leave no additive identity of the published files with a single blank
 * (suppressCells.ts, suppressionIdentities.sql). Returns how many counts were blanked below minCell
 * (primary) and at or above it (complementary); computed values are not counted.
 */
export async function suppressedCells(connection: DuckDBConnection, dictionary: readonly DictionaryEntry[], minCell: number): Promise<{primary: number; complementary: number}> {
  await suppressionCells(connection, dictionary);
  await runSqlFile(connection, new URL("./suppressionIdentities.sql", import.meta.url), {prepregnancyProject: indicatorDefaults.prepregnancyProject});
  const pairs = Object.entries(derivedFrom).flatMap(([column, inputs]) => inputs.map((input) => `(${quotedString(column)}, ${quotedString(input)})`));
  // A computed cell's inputs are the cells of its row named in derivedFrom (those with a value).
  const [, values, inputs] = await columnsOf(connection, `
    SELECT c.id, c.value, CASE WHEN c.derived THEN coalesce(list(i.id ORDER BY i.id) FILTER (WHERE i.id IS NOT NULL), []) END AS inputs
    FROM suppression_cells AS c
    LEFT JOIN (VALUES ${pairs.join(", ")}) AS d("column", input) ON c.derived AND d."column" = c."column"
    LEFT JOIN suppression_cells AS i ON i.dataset = c.dataset AND i.year = c.year AND i.village_code = c.village_code
      AND i.k3 = c.k3 AND i.k4 = c.k4 AND i."column" = d.input
    GROUP BY c.id, c.value, c.derived ORDER BY c.id`);
  const cells: SuppressionCell[] = values!.map((value, i) => (inputs![i] ? {value: value as number, inputs: inputs![i] as number[]} : {value: value as number}));
  const [, identities] = await columnsOf(connection, `SELECT identity, cells FROM suppression_identities ORDER BY identity`);
  const blank = suppressCells(cells, identities as number[][], minCell);
  await tableFromRows(connection, "suppressed_ids", [["id", "integer"]], blank.flatMap((b, id) => (b ? [{id}] : [])));
  await connection.run(`CREATE OR REPLACE TEMP TABLE suppressed_cells AS
    SELECT dataset, year, village_code, k3, k4, "column", value, derived FROM suppression_cells JOIN suppressed_ids USING (id)`);
  const [[primary], [complementary]] = await columnsOf(connection, `SELECT count(*) FILTER (WHERE NOT derived AND value < ${Number(minCell)})::INTEGER,
    count(*) FILTER (WHERE NOT derived AND value >= ${Number(minCell)})::INTEGER FROM suppressed_cells`);
  return {primary: primary as number, complementary: complementary as number};
}
