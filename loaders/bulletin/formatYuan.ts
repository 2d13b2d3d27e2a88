import {fixedDecimals} from "./fixedDecimals.ts";
import {noData} from "./noData.ts";

/**
 * formatYuan(8.5) → "8.50元"; formatYuan(182345.5) → "18.23万元" (万元 with two decimals from
 * 10000 yuan on). `unit` forces the unit, so a change is written in the unit of its level;
 * `digits` decimals (default 2). No value → "无数据".
 */
export function formatYuan(
  value: number | null | undefined,
  {unit, digits = 2}: {unit?: "元" | "万元"; digits?: number} = {}
): string {
  if (value == null || !Number.isFinite(value)) return noData;
  const chosen = unit ?? (Math.abs(value) >= 10000 ? "万元" : "元");
  return chosen === "万元" ? `${fixedDecimals(value / 10000, digits)}万元` : `${fixedDecimals(value, digits)}元`;
}
