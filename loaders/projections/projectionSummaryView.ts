import {ageGroups} from "./ageGroups.ts";
import {sizeClass, type SizeClass} from "./sizeClass.ts";

/** A row of projections.csv as the view reads it. */
export interface ProjectionViewInput {
  base_year: number;
  year: number;
  village_code: string;
  scenario: string;
  method: string;
  sex: string;
  age_group: string;
  population: number;
  lower_80: number | null;
  upper_80: number | null;
  lower_95: number | null;
  upper_95: number | null;
}

/** A row of village_year.csv as the view reads it. */
export interface VillageYearViewInput {
  year: number;
  village_code: string;
  village_name: string | null;
  pop_end: number | null;
}

export interface ProjectionViewArea {
  village_code: string;
  /**
   * "全镇" for TOWN, else the village's name in village_year.csv, null when it has none. Not a label:
   * the page labels areas with villageLabels (src/components/villageLabels.js), as every page does, so
   * two villages of one name are told apart by code and an unnamed one shows its code.
   */
  name: string | null;
  /** Size class from the base-year population, as the backtest groups villages; "TOWN" for the town. */
  size_class: SizeClass;
  /** Observed year-end population, oldest first. */
  observed: {year: number; population: number}[];
}

export interface ProjectionViewTotal {
  village_code: string;
  scenario: string;
  method: string;
  year: number;
  population: number;
  lower_80: number | null;
  upper_80: number | null;
  lower_95: number | null;
  upper_95: number | null;
}

/** One pyramid: population by age group (in ageGroups order) of men and of women. */
export interface ProjectionViewPyramid {
  village_code: string;
  scenario: string;
  year: number;
  M: number[];
  F: number[];
}

export interface ProjectionSummaryView {
  base_year: number | null;
  last_year: number | null;
  age_groups: readonly string[];
  scenarios: string[];
  areas: ProjectionViewArea[];
  totals: ProjectionViewTotal[];
  pyramids: ProjectionViewPyramid[];
}

/**
 * projectionSummaryView({projections, villageYear}) reduces the published projection to what the
 * 人口预测 page draws, so the page does not download and filter every sex × age cell of every year:
 * the totals (sex and age_group "all") with their intervals for each area × scenario × year, the
 * pyramids of the base year and the last projected year, and per area its name, size class (from the
 * base-year total, as in the backtest) and observed year-end population. Every row is keyed by
 * village_code, never by name: two villages of one name stay two areas. TOWN comes first, then the
 * villages by code; scenarios keep their order of first appearance. An area with no total row in the
 * base year gets its size class from the sum of its cells.
 */
export function projectionSummaryView({projections, villageYear}: {projections: readonly ProjectionViewInput[]; villageYear: readonly VillageYearViewInput[]}): ProjectionSummaryView {
  let baseYear: number | null = null;
  let lastYear: number | null = null;
  for (const row of projections) {
    if (baseYear === null || row.base_year > baseYear) baseYear = row.base_year;
    if (lastYear === null || row.year > lastYear) lastYear = row.year;
  }
  const scenarios: string[] = [];
  const codes = new Set<string>();
  const totals: ProjectionViewTotal[] = [];
  const pyramids = new Map<string, ProjectionViewPyramid>();
  const basePopulation = new Map<string, number>();
  const groupIndex = new Map<string, number>(ageGroups.map((g, i) => [g, i]));
  for (const row of projections) {
    if (row.base_year !== baseYear) continue; // an older projection, if a file ever holds several
    if (!scenarios.includes(row.scenario)) scenarios.push(row.scenario);
    codes.add(row.village_code);
    if (row.sex === "all" && row.age_group === "all") {
      const {village_code, scenario, method, year, population, lower_80, upper_80, lower_95, upper_95} = row;
      totals.push({village_code, scenario, method, year, population, lower_80, upper_80, lower_95, upper_95});
      if (year === baseYear) basePopulation.set(village_code, population);
      continue;
    }
    const i = groupIndex.get(row.age_group);
    if (i === undefined || (row.sex !== "M" && row.sex !== "F") || (row.year !== baseYear && row.year !== lastYear)) continue;
    const key = `${row.village_code}\u0000${row.scenario}\u0000${row.year}`;
    let pyramid = pyramids.get(key);
    if (!pyramid) pyramids.set(key, (pyramid = {village_code: row.village_code, scenario: row.scenario, year: row.year, M: ageGroups.map(() => 0), F: ageGroups.map(() => 0)}));
    pyramid[row.sex][i] = row.population;
  }
  // Sum of cells where a base-year total row is missing.
  for (const pyramid of pyramids.values()) {
    if (pyramid.year === baseYear && !basePopulation.has(pyramid.village_code)) basePopulation.set(pyramid.village_code, [...pyramid.M, ...pyramid.F].reduce((a, b) => a + b, 0));
  }
  const names = new Map<string, string>();
  const observed = new Map<string, {year: number; population: number}[]>();
  for (const row of villageYear) {
    if (row.village_name) names.set(row.village_code, row.village_name);
    if (row.pop_end == null || !Number.isFinite(row.pop_end)) continue;
    const list = observed.get(row.village_code) ?? [];
    list.push({year: row.year, population: row.pop_end});
    observed.set(row.village_code, list);
  }
  const order = (a: string, b: string) => (a === b ? 0 : a === "TOWN" ? -1 : b === "TOWN" ? 1 : a < b ? -1 : 1);
  const areas = [...codes].sort(order).map((code) => ({
    village_code: code,
    name: code === "TOWN" ? "全镇" : names.get(code) ?? null,
    size_class: code === "TOWN" ? ("TOWN" as const) : sizeClass(basePopulation.get(code) ?? 0),
    observed: (observed.get(code) ?? []).sort((a, b) => a.year - b.year)
  }));
  const byKey = (a: {village_code: string; scenario: string; year: number}, b: {village_code: string; scenario: string; year: number}) =>
    order(a.village_code, b.village_code) || scenarios.indexOf(a.scenario) - scenarios.indexOf(b.scenario) || a.year - b.year;
  return {base_year: baseYear, last_year: lastYear, age_groups: ageGroups, scenarios, areas, totals: totals.sort(byKey), pyramids: [...pyramids.values()].sort(byKey)};
}
