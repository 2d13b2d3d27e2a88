/** A row of a single-age query counted by five-year age group (byAgeGroup): `age_group` indexes ageGroups. */
export type ByAgeGroup<Row extends {age: number}> = Omit<Row, "age"> & {age_group: number};

/** The parameter of a query by age (`$age_width`) for single years of age: 0, 1, … 85 (85 and over). */
export const singleYears = {age_width: 1} as const;

/**
 * The parameter of a query by age (`$age_width`) for five-year groups, and the wrapper that names its
 * `age` column `age_group`: 0 = 0–4 … 17 = 85+ (the indices of ageGroups), least(age // 5, 17) of the
 * single years. For counts the projections use only by group (moves; the population comes with the
 * person-years from populationExposureFromRegister): a fifth of the rows to turn into JavaScript,
 * counted in the query's one aggregation (summing its single-age rows again took a third more of
 * DuckDB's time at 1,000,000 people). Counts only: sums of whole numbers are the
 * same whatever order DuckDB's threads add them in (person-years, which are fractions, are added up in
 * JavaScript in age order instead).
 */
export const byAgeGroup = {
  parameters: {age_width: 5},
  around: (sql: string) => `SELECT * RENAME (age AS age_group) FROM (${sql.trim().replace(/;$/, "")})`
} as const;
