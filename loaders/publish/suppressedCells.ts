import type {DuckDBConnection} from "@duckdb/node-api";
import {defaults as indicatorDefaults} from "../indicators/defaults.ts";
import {rowsFromTable} from "../store/readRows.ts";
import {runSqlFile} from "../store/runSqlFile.ts";
import {tableFromRows} from "../store/tableFromRows.ts";
import type {DictionaryEntry} from "./dataDictionary.ts";
import {derivedFrom} from "./derivedFrom.ts";
import {suppressCells, type SuppressionCell} from "./suppressCells.ts";
import {suppressionCells} from "./suppressionCells.ts";

interface CellRow {
  id: number;
  dataset: string;
  year: number;
  village_code: string;
  k3: string;
  k4: string;
  column: string;
  value: number;
  derived: boolean;
}

/**
 * suppressedCells(connection, dictionary, minCell) creates the table suppressed_cells (dataset, year,
 * village_code, k3, k4, column: the keys of suppression_cells) of the published cells to blank under
 * small-cell suppression with threshold minCell: counts below it, what is computed from them, and the
 * complementary cells that leave no additive identity of the published files with a single blank
 * (suppressCells.ts, suppressionIdentities.sql). Empty when minCell ≤ 1. Returns how many cells were
 * blanked, primary and complementary (computed values aside).
 */
export async function suppressedCells(connection: DuckDBConnection, dictionary: readonly DictionaryEntry[], minCell: number): Promise<{primary: number; complementary: number}> {
  await suppressionCells(connection, dictionary);
  await runSqlFile(connection, new URL("./suppressionIdentities.sql", import.meta.url), {prepregnancyProject: indicatorDefaults.prepregnancyProject});
  const rows = await rowsFromTable<CellRow>(connection, `SELECT * FROM suppression_cells ORDER BY id`);
  const terms = await rowsFromTable<{identity: number; cell: number}>(connection, `SELECT identity, cell FROM suppression_terms ORDER BY identity, cell`);
  const idOf = new Map(rows.map((r) => [`${r.dataset}|${r.year}|${r.village_code}|${r.k3}|${r.k4}|${r.column}`, r.id]));
  const cells: SuppressionCell[] = rows.map((r) => {
    if (!r.derived) return {value: r.value};
    const inputs = (derivedFrom[r.column] ?? []).map((input) => idOf.get(`${r.dataset}|${r.year}|${r.village_code}|${r.k3}|${r.k4}|${input}`)).filter((i) => i !== undefined);
    return {value: r.value, inputs};
  });
  const identities: number[][] = [];
  for (const {identity, cell} of terms) (identities[identity] ??= []).push(cell);
  const blank = suppressCells(cells, identities, minCell);
  const blanked = rows.filter((r) => blank[r.id]);
  await tableFromRows(connection, "suppressed_cells", [["dataset", "varchar"], ["year", "integer"], ["village_code", "varchar"], ["k3", "varchar"], ["k4", "varchar"], ["column", "varchar"]], blanked);
  const counts = blanked.filter((r) => !r.derived);
  return {primary: counts.filter((r) => r.value < minCell).length, complementary: counts.filter((r) => r.value >= minCell).length};
}
