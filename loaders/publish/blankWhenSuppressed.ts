import {quotedIdentifier, quotedString} from "../store/sql.ts";
import type {DictionaryEntry} from "./dataDictionary.ts";
import {suppressionRole} from "./suppressionRole.ts";
import {suppressionDatasets} from "./suppressionDatasets.ts";
import {suppressionRowKeys} from "./suppressionRowKeys.ts";

/**
 * blankWhenSuppressed(dataset, dictionary): for each column of a published dataset that small-cell
 * suppression may blank, the SQL condition over the row (of the dataset's table) under which its cell
 * is written empty: the cell is in suppressed_cells (suppressedCells.ts). For target_checks, the
 * checked indicator's value and the verdict (status, conclusive, inconclusive_reason) go when that
 * indicator's village_year cell was blanked: a verdict bounds the value ("not met" on a published
 * average population of 200 says how many births a blanked birth rate rests on, within a few).
 * Empty for a dataset nothing is blanked in.
 */
export function blankWhenSuppressed(dataset: string, dictionary: readonly DictionaryEntry[]): Record<string, string> {
  if (dataset === "target_checks") {
    const blanked = `EXISTS (SELECT 1 FROM suppressed_cells AS s WHERE s.dataset = 'village_year' AND s.year = target_checks.year
      AND s.village_code = target_checks.village_code AND s."column" = target_checks.indicator)`;
    return {actual: blanked, status: blanked, conclusive: blanked, inconclusive_reason: blanked};
  }
  const spec = suppressionDatasets.find((d) => d.dataset === dataset);
  if (!spec) return {};
  const table = quotedIdentifier(spec.table);
  const {k3, k4} = suppressionRowKeys(spec, table);
  const conditions: Record<string, string> = {};
  for (const entry of dictionary) {
    if (entry.dataset !== dataset || !suppressionRole(entry, spec)) continue;
    conditions[entry.name] = `${spec.rows ? `(${spec.rows}) AND ` : ""}EXISTS (SELECT 1 FROM suppressed_cells AS s WHERE s.dataset = ${quotedString(dataset)}
      AND s.year = ${table}.year AND s.village_code = ${table}.village_code AND s.k3 = ${k3} AND s.k4 = ${k4} AND s."column" = ${quotedString(entry.name)})`;
  }
  return conditions;
}
