/** A row of a single-age query summed by five-year age group (byAgeGroup): `age_group` indexes ageGroups. */
export type ByAgeGroup<Row extends {age: number}> = Omit<Row, "age"> & {age_group: number};

/**
 * Wraps a query by single year of age (columns village_code, year, sex, age, and counts) into one by
 * five-year age group: age_group 0 = 0–4 … 17 = 85+ (the indices of ageGroups), each count summed as
 * DOUBLE. For counts the projections use only by group (population, moves): a fifth of the rows to
 * turn into JavaScript. Counts only: sums of whole numbers are the same whatever order DuckDB's
 * threads add them in (person-years, which are fractions, are added up in JavaScript in age order instead).
 */
export function byAgeGroup(counts: readonly string[]): (sql: string) => string {
  const sums = counts.map((count) => `sum("${count}")::DOUBLE AS "${count}"`).join(", ");
  return (sql) => `SELECT village_code, year, sex, least(age // 5, 17)::INTEGER AS age_group, ${sums}
FROM (${sql.trim().replace(/;$/, "")}) GROUP BY ALL`;
}
