import {ageGroups} from "./ageGroups.ts";
import {populationInAgeRange} from "./populationInAgeRange.ts";

/** A row of projections.csv as the summary reads it (other columns are ignored). */
export interface ProjectionSummaryInput {
  base_year: number;
  year: number;
  village_code: string;
  scenario: string;
  sex: string;
  age_group: string;
  population: number;
}

/** A row of projection_births.csv. */
export interface BirthsSummaryInput {
  base_year: number;
  village_code: string;
  scenario: string;
  births_per_year: number;
}

/** Observed births of one village (or TOWN) in one year, e.g. from village_year.csv. */
export interface ObservedBirthsInput {
  year: number;
  village_code: string;
  births: number;
}

/** The register's exact school-age count of one village (or TOWN) in one year: village_year's pop_6_14. */
export interface ObservedSchoolAgeInput {
  year: number;
  village_code: string;
  pop_6_14: number | null;
}

export interface ProjectionSummaryRow {
  village_code: string;
  scenario: string;
  year: number;
  /** True for the base year: observed values, not a forecast. */
  observed: boolean;
  /** Births in the year (persons): observed in the base year, otherwise the projection's yearly average over the step (the same number every projected year). */
  births: number | null;
  /**
   * Population aged 6–14 at year end (persons): in the base year the register's exact count
   * (`observedSchoolAge`) when given, otherwise estimated from the five-year groups with an even
   * spread inside 5–9 (4/5 of 5–9 plus 10–14).
   */
  school_age_6_14: number;
  /** True when school_age_6_14 is the register's exact count (base year with observedSchoolAge), false when estimated. */
  school_age_exact: boolean;
  /**
   * The same population aged 6–14 as the projected years estimate it (4/5 of 5–9 plus 10–14), in every
   * year: in the base year it differs from the exact count, and a change from the base year to a
   * projected year read like with like starts from this figure.
   */
  school_age_6_14_estimated: number;
  /** Population aged 65 and over at year end (persons). */
  elderly_65_plus: number;
}

/**
 * projectionSummary({projections, births, observedBirths}) gives, per village_code × scenario ×
 * year of the published projection, the numbers planners ask for: births, school age 6–14 and
 * elderly 65+. Ages come from the sex-"all" five-year groups (or M + F when a village has no "all"
 * rows) via populationInAgeRange; births from projection_births (one yearly average for the whole
 * five-year step, so constant over the projected years) and, for the base year, `observedBirths`.
 * The base year's school age is the register's exact count from `observedSchoolAge` (village_year's
 * pop_6_14) where it has one; the five-year groups cannot tell 5-year-olds from 6-year-olds.
 *
 * No interval is given for these totals: the published intervals are per cell, and the sum of cell
 * bounds is not an interval for the sum (the cells' errors are neither independent nor identical).
 * Values are rounded to 0.1 like the projections; rows are sorted by village_code, scenario, year.
 * An area × scenario × year whose age groups are not all present is left out.
 */
export function projectionSummary({projections, births, observedBirths = [], observedSchoolAge = []}: {
  projections: readonly ProjectionSummaryInput[];
  births: readonly BirthsSummaryInput[];
  observedBirths?: readonly ObservedBirthsInput[];
  observedSchoolAge?: readonly ObservedSchoolAgeInput[];
}): ProjectionSummaryRow[] {
  const groupIndex = new Map<string, number>(ageGroups.map((g, i) => [g, i]));
  // key → {both: groups of sex "all", sexes: M + F}
  const cells = new Map<string, {base_year: number; village_code: string; scenario: string; year: number; both: (number | undefined)[]; sexes: (number | undefined)[]}>();
  for (const row of projections) {
    const i = groupIndex.get(row.age_group);
    if (i === undefined || !Number.isFinite(row.population)) continue; // "all" totals and unknown groups
    const key = `${row.village_code}\u0000${row.scenario}\u0000${row.year}`;
    let entry = cells.get(key);
    if (!entry) cells.set(key, (entry = {base_year: row.base_year, village_code: row.village_code, scenario: row.scenario, year: row.year, both: [], sexes: []}));
    if (row.sex === "all") entry.both[i] = row.population;
    else if (row.sex === "M" || row.sex === "F") entry.sexes[i] = (entry.sexes[i] ?? 0) + row.population;
  }
  const projectedBirths = new Map(births.map((b) => [`${b.base_year}\u0000${b.village_code}\u0000${b.scenario}`, b.births_per_year]));
  const observed = new Map(observedBirths.map((b) => [`${b.year}\u0000${b.village_code}`, b.births]));
  const schoolAge = new Map(observedSchoolAge.map((s) => [`${s.year}\u0000${s.village_code}`, s.pop_6_14]));
  const rows: ProjectionSummaryRow[] = [];
  for (const entry of cells.values()) {
    const complete = (groups: (number | undefined)[]) => groups.length === ageGroups.length && groups.every((v) => v !== undefined);
    const groups = complete(entry.both) ? entry.both : complete(entry.sexes) ? entry.sexes : undefined;
    if (!groups) continue;
    const values = groups as number[];
    const isBase = entry.year === entry.base_year;
    const birthsValue = isBase
      ? observed.get(`${entry.year}\u0000${entry.village_code}`)
      : projectedBirths.get(`${entry.base_year}\u0000${entry.village_code}\u0000${entry.scenario}`);
    const exactSchoolAge = isBase ? schoolAge.get(`${entry.year}\u0000${entry.village_code}`) : undefined;
    const schoolAgeExact = exactSchoolAge != null && Number.isFinite(exactSchoolAge);
    const schoolAgeEstimated = round1(populationInAgeRange(values, 6, 14));
    rows.push({
      village_code: entry.village_code,
      scenario: entry.scenario,
      year: entry.year,
      observed: isBase,
      births: birthsValue == null || !Number.isFinite(birthsValue) ? null : round1(birthsValue),
      school_age_6_14: schoolAgeExact ? (exactSchoolAge as number) : schoolAgeEstimated,
      school_age_exact: schoolAgeExact,
      school_age_6_14_estimated: schoolAgeEstimated,
      elderly_65_plus: round1(populationInAgeRange(values, 65, 200))
    });
  }
  return rows.sort((a, b) => compare(a.village_code, b.village_code) || compare(a.scenario, b.scenario) || a.year - b.year);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
