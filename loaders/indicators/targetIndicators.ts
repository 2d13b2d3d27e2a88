import {villageYear} from "./villageYear.ts";

/** The numeric columns of village_year a target can be set on (every count and rate, not year or names). */
export const targetIndicators: readonly string[] = villageYear.columns
  .filter((column) => column.type !== "VARCHAR" && column.name !== "year")
  .map((column) => column.name);
