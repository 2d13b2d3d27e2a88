import {ageSexView, type AgeSexView} from "./ageSexView.ts";

type Row = Record<string, string | number | boolean | null>;

/**
 * Rows of one download in a page's view: the names of the columns kept, then each row's values in
 * that order (the column names once, not once a row: a county's village_year has 3,600 rows of 51
 * columns). src/components/rowsFromParts.js turns the parts of a table back into row objects.
 */
export interface ViewPart {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/**
 * One town page's view: for each download it reads, the parts of it the page shows, in the download's
 * order within each part (人口结构's age_sex: its pyramids, ageSexView).
 */
export type TownView = Record<string, ViewPart[] | AgeSexView>;

/** The columns of village_year that 人口结构 shows: the village's label and its age structure by year. */
const ageStructureColumns = ["year", "village_code", "village_name", "share_0_14", "share_15_64", "share_65_plus", "share_60_plus",
  "dependency_ratio", "child_dependency_ratio", "old_dependency_ratio"];

/** The columns of village_year that 项目与经费 shows: the village's label and its funding by year. */
const fundingColumns = ["year", "village_code", "village_name", "funding_yuan", "pop_avg", "funding_per_capita"];

/** `rows` that pass `keep`, with `columns` (every column of the first row when omitted). */
function part(rows: readonly Row[], keep: (row: Row) => boolean = () => true, columns?: readonly string[]): ViewPart {
  const kept = rows.filter(keep);
  const names = columns ? [...columns] : Object.keys(rows[0] ?? {});
  return {columns: names, rows: kept.map((row) => names.map((name) => row[name] ?? null))};
}

const isTown = (row: Row) => row.village_code === "TOWN";

/**
 * townViews({villageYear, targetChecks, ageSex, coverageIndicator}) cuts the town's typed output rows (typeRows of the
 * downloads, so blanks withheld by --min-cell stay null) into what each town page shows, so that a
 * county's page fetches and parses that, not every download whole (5 MB of CSV for 总览, which shows
 * the town). Rows and values are copied as they are, never recomputed: a view shows what the
 * downloads hold.
 *
 * - index (总览): the town's rows of both; of each village only its funding and its funding verdict
 *   (the town's card says how many villages missed the target, townFundingNote).
 * - villages (村居): every row of both (the table shows every indicator of every village).
 * - trends (趋势): every village_year row; the town's target checks (the target band).
 * - age-structure (人口结构): the age-structure columns of village_year; every row of age_sex, as
 *   pyramids (ageSexView: 0.7 MB for a county, not 3.8 MB of CSV).
 * - services (项目与经费): the funding columns of village_year; the checks of funding per person and
 *   of the one project with a target, `coverageIndicator` (services stays the download).
 */
export function townViews({villageYear, targetChecks, ageSex, coverageIndicator}: {
  villageYear: readonly Row[];
  targetChecks: readonly Row[];
  ageSex: readonly Row[];
  coverageIndicator: string;
}): Map<string, TownView> {
  const notTown = (row: Row) => !isTown(row);
  const fundingCheck = (row: Row) => row.indicator === "funding_per_capita";
  return new Map<string, TownView>([
    ["index", {
      village_year: [part(villageYear, isTown), part(villageYear, notTown, ["year", "village_code", "funding_yuan"])],
      target_checks: [part(targetChecks, isTown), part(targetChecks, (row) => notTown(row) && fundingCheck(row), ["year", "village_code", "indicator", "status"])]
    }],
    ["villages", {village_year: [part(villageYear)], target_checks: [part(targetChecks)]}],
    ["trends", {village_year: [part(villageYear)], target_checks: [part(targetChecks, isTown)]}],
    ["age-structure", {village_year: [part(villageYear, undefined, ageStructureColumns)], age_sex: ageSexView(ageSex)}],
    ["services", {
      village_year: [part(villageYear, undefined, fundingColumns)],
      target_checks: [part(targetChecks, (row) => fundingCheck(row) || row.indicator === coverageIndicator)]
    }]
  ]);
}
