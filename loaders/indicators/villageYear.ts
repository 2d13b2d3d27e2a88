import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";
import {ageStructure} from "./ageStructure.ts";
import {events} from "./events.ts";
import {fertility} from "./fertility.ts";
import {funding} from "./funding.ts";
import {policyCompliance} from "./policyCompliance.ts";
import {populationCounts} from "./populationCounts.ts";
import {prepregnancyCheck} from "./prepregnancyCheck.ts";
import {schoolAge} from "./schoolAge.ts";
import {sexRatioAtBirth} from "./sexRatioAtBirth.ts";
import {unitYears} from "./unitYears.ts";
import {vitalRates} from "./vitalRates.ts";

/** Column order of village_year (as in villageYear.sql). */
const order = [
  "year", "village_code", "village_name", "village_type",
  "pop_start", "pop_end", "pop_end_registered", "pop_end_migrant", "pop_end_male", "pop_end_female", "pop_avg",
  "births", "births_male", "births_female", "deaths", "natural_increase", "in_migrants", "out_migrants",
  "birth_rate", "death_rate", "natural_growth_rate", "sex_ratio",
  "sex_ratio_at_birth", "sex_ratio_at_birth_low", "sex_ratio_at_birth_high",
  "births_policy_recorded", "births_policy_compliant", "policy_compliance_rate",
  "births_multichild_out_of_policy", "multichild_out_of_policy_rate",
  "women_15_49", "gfr", "tfr",
  "pop_0_14", "pop_15_64", "pop_65_plus", "pop_15_59", "pop_60_plus", "pop_6_14",
  "share_0_14", "share_15_64", "share_65_plus", "share_60_plus",
  "dependency_ratio", "child_dependency_ratio", "old_dependency_ratio",
  "prepregnancy_eligible", "prepregnancy_served", "prepregnancy_check_coverage_rate",
  "funding_yuan", "funding_per_capita"
];

const defined = [unitYears, populationCounts, events, vitalRates, sexRatioAtBirth, policyCompliance, fertility, ageStructure, schoolAge, prepregnancyCheck, funding]
  .flatMap((step) => step.columns);

/** Output table village_year: every concern joined on (year, village_code), in `order`. */
export const villageYear: IndicatorStep = {
  id: "villageYear",
  sql: new URL("./villageYear.sql", import.meta.url),
  table: "village_year",
  temporary: false,
  columns: order.map((name): ColumnDefinition => {
    const column = defined.find((c) => c.name === name);
    if (!column) throw new Error(`village_year column without a definition: ${name}`);
    return column;
  })
};
