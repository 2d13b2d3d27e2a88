import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/** formatPercent(14.9) → "14.90%" (a value already in percent; `digits` decimals, default 2); no value → "无数据". */
export function formatPercent(value: number | null | undefined, {digits = 2}: {digits?: number} = {}): string {
  const text = fixedDecimals(value, digits);
  return text === undefined ? noData : `${text}%`;
}
