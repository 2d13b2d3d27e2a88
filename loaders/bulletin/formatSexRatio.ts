import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/** formatSexRatio(104.5) → "104.50" (women = 100, a bare number); no value → "无数据". */
export function formatSexRatio(value: number | null | undefined): string {
  const text = fixedDecimals(value);
  return text === undefined ? noData : text;
}
