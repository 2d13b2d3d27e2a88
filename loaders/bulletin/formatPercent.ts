import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/** formatPercent(14.9) → "14.90%" (a value already in percent); no value → "无数据". */
export function formatPercent(value: number | null | undefined): string {
  const text = fixedDecimals(value);
  return text === undefined ? noData : `${text}%`;
}
