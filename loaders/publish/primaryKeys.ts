/**
 * The columns that identify a row of each published dataset (its Table Schema primaryKey in
 * datapackage.json): the dataset's sort order in runPipeline less what only orders the rows (TOWN
 * after the villages, the age groups by their start). Each is unique in the data, no cell of it
 * empty (tests/publish/dataPackage.test.ts checks both on the written files).
 */
export const primaryKeys: Readonly<Record<string, readonly string[]>> = {
  village_year: ["year", "village_code"],
  age_sex: ["year", "village_code", "sex", "age_group"],
  services: ["year", "village_code", "project"],
  target_checks: ["year", "village_code", "indicator"],
  projections: ["scenario", "village_code", "year", "sex", "age_group"],
  projection_accuracy: ["method", "size_class", "horizon"],
  projection_births: ["scenario", "village_code"],
  projection_assumptions: ["key"]
};
