import {targetIndicators} from "./targetIndicators.ts";

/**
 * What a target naming a column that is not a numeric column of village_year is told, whoever finds it
 * (a row of the targets file, targetRowSchema; a target given to checkTargets): the name, then every
 * indicator a target can be set on.
 *
 *     unknownIndicatorMessage("birthrate")
 *     // "指标“birthrate”不是 village_year 的数值列(unknown indicator);可用的指标:pop_start、…(含义见数据字典 village_year)"
 */
export function unknownIndicatorMessage(indicator: string): string {
  return `指标“${indicator}”不是 village_year 的数值列(unknown indicator);可用的指标:${targetIndicators.join("、")}(含义见数据字典 village_year)`;
}
