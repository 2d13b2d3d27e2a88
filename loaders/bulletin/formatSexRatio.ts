import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/** formatSexRatio(104.5) → "104.50" (women = 100, a bare number; `digits` decimals, default 2); no value → "无数据". */
export function formatSexRatio(value: number | null | undefined, {digits = 2}: {digits?: number} = {}): string {
  const text = fixedDecimals(value, digits);
  return text === undefined ? noData : text;
}
