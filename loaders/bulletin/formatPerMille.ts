import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/** formatPerMille(7.6) → "7.60‰"; formatPerMille(-3.24) → "-3.24‰" (`digits` decimals, default 2); no value → "无数据". */
export function formatPerMille(value: number | null | undefined, {digits = 2}: {digits?: number} = {}): string {
  const text = fixedDecimals(value, digits);
  return text === undefined ? noData : `${text}‰`;
}
