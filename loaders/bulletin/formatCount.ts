import {countUnit} from "./countUnit.ts";
import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/**
 * formatCount(23801) → "23801人" (exact persons, no thousands separators);
 * formatCount(1064551) → "106.46万人" (万人 with two decimals from 100000 on).
 * `unit` forces the unit, so that a change is written in the unit of its level:
 * formatCount(1200, {unit: "万人"}) → "0.12万人". No value → "无数据".
 */
export function formatCount(
  value: number | null | undefined,
  {unit}: {unit?: "人" | "万人"} = {}
): string {
  if (value == null || !Number.isFinite(value)) return noData;
  const chosen = unit ?? countUnit(value);
  if (chosen === "万人") return `${fixedDecimals(value / 10000)}万人`;
  return `${fixedDecimals(value, 0)}人`;
}
