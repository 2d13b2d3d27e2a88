import type {IndicatorStep} from "./indicatorStep.ts";

/**
 * The population at 31 December by unit, sex and single year of age (temporary table
 * ind_pop_end_by_age), which ageSex and schoolAge add up: one join of the spell groups to the years
 * instead of one each.
 */
export const popEndByAge: IndicatorStep = {
  id: "popEndByAge",
  sql: new URL("./popEndByAge.sql", import.meta.url),
  table: "ind_pop_end_by_age",
  temporary: true,
  columns: []
};
