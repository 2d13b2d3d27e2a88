import type {IndicatorStep} from "./indicatorStep.ts";

/** Women 15–49 and births by five-year age group, two-point averaged (table ind_women_by_age_group). */
export const womenByAgeGroup: IndicatorStep = {
  id: "womenByAgeGroup",
  sql: new URL("./womenByAgeGroup.sql", import.meta.url),
  table: "ind_women_by_age_group",
  temporary: true,
  columns: []
};
