/**
 * Shapes shared by the bulletin modules: the pipeline rows they read and the document they build.
 * Types only; every function lives in its own file.
 */

/** One row of the pipeline's `village_year` table (village × year, plus village_code 'TOWN'). Null = no value. */
export interface VillageYearRow {
  year: number;
  village_code: string;
  village_name: string;
  village_type: string | null;
  pop_start: number | null;
  pop_end: number | null;
  pop_end_registered: number | null;
  pop_end_migrant: number | null;
  pop_end_male: number | null;
  pop_end_female: number | null;
  pop_avg: number | null;
  births: number | null;
  births_male: number | null;
  births_female: number | null;
  deaths: number | null;
  natural_increase: number | null;
  in_migrants: number | null;
  out_migrants: number | null;
  /** ‰ of pop_avg, unrounded. */
  birth_rate: number | null;
  death_rate: number | null;
  natural_growth_rate: number | null;
  sex_ratio: number | null;
  sex_ratio_at_birth: number | null;
  sex_ratio_at_birth_low: number | null;
  sex_ratio_at_birth_high: number | null;
  births_policy_recorded: number | null;
  births_policy_compliant: number | null;
  /** % */
  policy_compliance_rate: number | null;
  births_multichild_out_of_policy: number | null;
  /** % */
  multichild_out_of_policy_rate: number | null;
  women_15_49: number | null;
  gfr: number | null;
  tfr: number | null;
  pop_0_14: number | null;
  pop_15_64: number | null;
  pop_65_plus: number | null;
  pop_15_59: number | null;
  pop_60_plus: number | null;
  /** % of pop_end */
  share_0_14: number | null;
  share_15_64: number | null;
  share_65_plus: number | null;
  share_60_plus: number | null;
  /** per 100 aged 15–64 */
  dependency_ratio: number | null;
  child_dependency_ratio: number | null;
  old_dependency_ratio: number | null;
  prepregnancy_eligible: number | null;
  prepregnancy_served: number | null;
  /** % */
  prepregnancy_check_coverage_rate: number | null;
  funding_yuan: number | null;
  /** yuan per person of pop_avg */
  funding_per_capita: number | null;
}

/** One row of the pipeline's `target_checks` table. */
export interface TargetCheckRow {
  year: number;
  village_code: string;
  indicator: string;
  op: string;
  value: number | null;
  value_high: number | null;
  label: string | null;
  actual: number | null;
  status: "met" | "not_met" | "no_data" | string;
  conclusive: boolean | null;
  /** Why conclusive is false: "small_numbers" | "served_exceeds_eligible"; null otherwise (and in older outputs). */
  inconclusive_reason?: string | null;
}

/** One row of the pipeline's `age_sex` table (population at year end). */
export interface AgeSexRow {
  year: number;
  village_code: string;
  sex: string;
  age_group: string;
  population: number | null;
}

export interface BulletinParagraph {
  kind: "paragraph";
  text: string;
}

export interface BulletinTable {
  kind: "table";
  id: string;
  /** e.g. "表1 2025年末各村(社区)人口情况" */
  title: string;
  /** e.g. "单位:人、%" */
  unit: string;
  columns: string[];
  /** Cells as display text; "" is a blank (no data). The first row is the total. */
  rows: string[][];
  /** Lines printed under the table ("注:…"). */
  footnotes: string[];
}

export interface BirthsDeathsPoint {
  year: number;
  births: number | null;
  deaths: number | null;
}

export interface PyramidPoint {
  age_group: string;
  /** The group as the bulletin writes it, with "—": "0—4岁", "85岁及以上". */
  label: string;
  /** "男" | "女" */
  sex: string;
  population: number;
}

export interface BulletinChart {
  kind: "chart";
  id: "birthsDeaths" | "agePyramid";
  /** e.g. "图1 2014—2025年全镇出生和死亡人口" */
  title: string;
  /** Text alternative of the chart, read by screen readers and printed under it. */
  alt: string;
  data: BirthsDeathsPoint[] | PyramidPoint[];
}

export type BulletinBlock = BulletinParagraph | BulletinTable | BulletinChart;

export interface BulletinSection {
  /** "一" … "七" */
  number: string;
  heading: string;
  blocks: BulletinBlock[];
}

export interface BulletinDocument {
  year: number;
  region: string;
  title: string;
  issuer: string;
  /** Release date as printed, e.g. "2026年3月20日"; absent when none was given. */
  releaseDate?: string;
  /** Issuer and release date when given ("青石镇人口和计划生育办公室 2026年3月20日"); the issuer alone otherwise. */
  releaseLine: string;
  lead: string;
  sections: BulletinSection[];
  /** Numbered in order of first reference in the text: notes[0] is "[1]". */
  notes: string[];
  /** True when the data has no previous year, so no change on last year is given. */
  firstYear: boolean;
}
