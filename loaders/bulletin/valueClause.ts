import {noData} from "./noData.ts";

/**
 * valueClause("出生率", "7.28‰") → "出生率为7.28‰"; valueClause("出生人口", "174人", "") → "出生人口174人";
 * a figure with no value → "出生率无数据".
 */
export function valueClause(label: string, formatted: string, verb = "为"): string {
  return formatted === noData ? `${label}${noData}` : `${label}${verb}${formatted}`;
}
