import {quotedIdentifier} from "../store/sql.ts";
import type {SuppressionDataset} from "./suppressionDatasets.ts";

/**
 * suppressionRowKeys(dataset, table) is the SQL of a row's key after year and village_code, as
 * suppression_cells stores it (k3, k4): the dataset's first and second key columns as text, '' for a
 * key it does not have or a NULL value. suppressionCells selects them from the dataset's table;
 * blankWhenSuppressed matches a published row against suppressed_cells with them, naming the
 * row's table (`table`, already quoted) where the query also reads another.
 *
 *     suppressionRowKeys({keys: ["project"], …})
 *     // {k3: `coalesce("project"::VARCHAR, '')`, k4: "''"}
 *     suppressionRowKeys({keys: ["sex", "age_group"], …}, '"age_sex"')
 *     // {k3: `coalesce("age_sex"."sex"::VARCHAR, '')`, k4: `coalesce("age_sex"."age_group"::VARCHAR, '')`}
 */
export function suppressionRowKeys(dataset: Pick<SuppressionDataset, "keys">, table?: string): {k3: string; k4: string} {
  const key = (i: number) => {
    const name = dataset.keys[i];
    return name === undefined ? "''" : `coalesce(${table === undefined ? "" : `${table}.`}${quotedIdentifier(name)}::VARCHAR, '')`;
  };
  return {k3: key(0), k4: key(1)};
}
