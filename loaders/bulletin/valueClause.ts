import {noData} from "./noData.ts";

/**
 * valueClause("出生率", "7.28‰") → "出生率为7.28‰"; valueClause("出生人口", "174人", "") → "出生人口174人";
 * a figure with no value → "出生率无数据". A label ending in a note marker always takes "为", so the marker
 * is never glued to a number: valueClause("流动人口[1]", "4306人", "") → "流动人口[1]为4306人".
 */
export function valueClause(label: string, formatted: string, verb = "为"): string {
  if (formatted === noData) return `${label}${noData}`;
  return `${label}${verb === "" && /\[\d+\]$/.test(label) ? "为" : verb}${formatted}`;
}
