/**
 * bulletinYears(villageYear): the years a bulletin can be written for, latest first: every year with a
 * TOWN row in village_year (the pipeline writes one for each year the register reports, a calendar
 * year whole between register_start and extract_date). The site's 年度公报 page offers these years.
 */
export function bulletinYears(villageYear: readonly {year: number; village_code: string}[]): number[] {
  return [...new Set(villageYear.filter((row) => row.village_code === "TOWN").map((row) => row.year))].sort((a, b) => b - a);
}
