import {ageSex} from "./ageSex.ts";
import type {ColumnDefinition} from "./columnDefinition.ts";
import {serviceCoverage} from "./serviceCoverage.ts";
import {villageYear} from "./villageYear.ts";

/**
 * The data dictionary: one entry per output column of village_year, age_sex and services
 * (table service_coverage), in table column order. The CLI writes data_dictionary.csv from it.
 */
export const indicatorDefinitions: readonly ColumnDefinition[] = [
  ...villageYear.columns,
  ...ageSex.columns,
  ...serviceCoverage.columns
];
