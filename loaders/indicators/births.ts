import type {IndicatorStep} from "./indicatorStep.ts";

/** One row per birth and unit, with sex, order, policy flag and mother's age (table ind_births). */
export const births: IndicatorStep = {
  id: "births",
  sql: new URL("./births.sql", import.meta.url),
  table: "ind_births",
  temporary: true,
  columns: []
};
