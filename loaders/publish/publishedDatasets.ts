/** A dataset the pipeline publishes, as `<dataset>.csv` and `<dataset>.parquet`. */
export interface PublishedDataset {
  /** The DuckDB table it is written from. */
  table: string;
  /** The published files' name without extension (the data dictionary's dataset). */
  dataset: string;
  /** ORDER BY clause (without the keywords) that fixes the row order, so outputs are byte-identical. */
  orderBy: string;
  /**
   * The columns that identify a row (its Table Schema primaryKey in datapackage.json): the columns of
   * orderBy less what only orders the rows (TOWN after the villages, the age groups by their start).
   * Each is unique in the data, no cell of it empty (tests/publish/dataPackage.test.ts checks both on
   * the written files).
   */
  primaryKey: readonly string[];
}

/** The published datasets, in the order runPipeline writes them. */
export const publishedDatasets: readonly PublishedDataset[] = [
  {table: "village_year", dataset: "village_year", orderBy: "year, village_code <> 'TOWN', village_code", primaryKey: ["year", "village_code"]},
  {table: "age_sex", dataset: "age_sex", orderBy: "year, village_code <> 'TOWN', village_code, sex, age_group_start(age_group)", primaryKey: ["year", "village_code", "sex", "age_group"]},
  {table: "service_coverage", dataset: "services", orderBy: "year, village_code <> 'TOWN', village_code, project", primaryKey: ["year", "village_code", "project"]},
  {table: "target_checks", dataset: "target_checks", orderBy: "year, village_code <> 'TOWN', village_code, indicator", primaryKey: ["year", "village_code", "indicator"]},
  {table: "projections", dataset: "projections", orderBy: "scenario, village_code <> 'TOWN', village_code, year, sex, age_group_start(age_group) NULLS FIRST", primaryKey: ["scenario", "village_code", "year", "sex", "age_group"]},
  {table: "projection_accuracy", dataset: "projection_accuracy", orderBy: "method, size_class, horizon", primaryKey: ["method", "size_class", "horizon"]},
  {table: "projection_births", dataset: "projection_births", orderBy: "scenario, village_code <> 'TOWN', village_code", primaryKey: ["scenario", "village_code"]},
  {table: "projection_assumptions", dataset: "projection_assumptions", orderBy: "key", primaryKey: ["key"]}
];
