/** A published dataset whose cells small-cell suppression may blank, and how its rows are keyed. */
export interface SuppressionDataset {
  /** The published file's name (and the dictionary's dataset). */
  dataset: string;
  /** The DuckDB table it is written from. */
  table: string;
  /** The row's key columns after year and village_code (at most two), in the order they sort in. */
  keys: readonly string[];
  /** Only the rows this SQL condition holds for are cells (the rest are estimates); none: every row. */
  rows?: string;
  /** Rows repeated by a column that is not part of the key (projections' scenarios) are one cell. */
  distinct?: boolean;
  /** Columns counted as counts of people although the dictionary's type is not whole-number. */
  counts?: readonly string[];
}

/**
 * The datasets small-cell suppression covers, in the order their cells are ranked when two are
 * equally small (then by column order, year, village code and the other keys). Projections' base-year
 * rows are the observed population of age_sex and village_year (the same counts), so they are cells
 * too; later years are estimates and are left as they are.
 */
export const suppressionDatasets: readonly SuppressionDataset[] = [
  {dataset: "village_year", table: "village_year", keys: []},
  {dataset: "age_sex", table: "age_sex", keys: ["sex", "age_group"]},
  {dataset: "services", table: "service_coverage", keys: ["project"]},
  {dataset: "projections", table: "projections", keys: ["sex", "age_group"], rows: "year = base_year", distinct: true, counts: ["population"]}
];
