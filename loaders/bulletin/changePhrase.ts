import {countUnit} from "./countUnit.ts";
import {fixedDecimals} from "./fixedDecimals.ts";
import {formatCount} from "./formatCount.ts";
import {formatYuan} from "./formatYuan.ts";

/**
 * What kind of figure is compared, which fixes the reference (上年末 for year-end stocks, 上年 for
 * everything else) and the unit of the change:
 * - "stock": a year-end count, "比上年末增加195人,增长0.81%" (the % is left out when it rounds to 0.00);
 * - "stockCount": a year-end count without the %, "比上年末减少211人";
 * - "flow": a whole-year count, "比上年减少17人";
 * - "perMille": a ‰ rate, "比上年下降1.50个千分点";
 * - "percent": a % share or rate, "比上年上升0.71个百分点";
 * - "ratio": a sex ratio or another bare number, "比上年下降0.16";
 * - "yuan": an amount of money, "比上年增加0.52元".
 */
export type ChangeKind = "stock" | "stockCount" | "flow" | "perMille" | "percent" | "ratio" | "yuan";

/** Increases of rates, shares and ratios are always "上升" (the bulletin picks one word and keeps it). */
const rise = "上升";
const fall = "下降";

/**
 * changePhrase(current, previous, kind): the phrase comparing a figure with last year's. A rate,
 * share, ratio or amount changes by the difference of the two levels as published (two decimals),
 * so that the reader's subtraction checks out and the site (src/components/formatChange.js) says
 * the same. A change that formats as zero is "与上年(末)持平", never "增加0人".
 * Returns undefined when either value is missing, so the caller leaves the comparison out.
 *
 * changePhrase(23801, 23996, "stock") → "比上年末减少195人,下降0.81%"
 * changePhrase(-0.26, 1.24, "perMille") → "比上年下降1.50个千分点"
 */
export function changePhrase(
  current: number | null | undefined,
  previous: number | null | undefined,
  kind: ChangeKind
): string | undefined {
  if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) return undefined;
  const published = (value: number) => Number(fixedDecimals(value));
  const diff = ["perMille", "percent", "ratio", "yuan"].includes(kind) ? published(current) - published(previous) : current - previous;
  const magnitude = Math.abs(diff);
  switch (kind) {
    case "stock":
    case "stockCount": {
      if (diff === 0) return "与上年末持平";
      let amount = formatCount(magnitude, {unit: countUnit(current)});
      // A small change of a count in 万人 would read "0.00万人": give it in exact persons instead.
      if (/^0\.00/.test(amount)) amount = formatCount(magnitude, {unit: "人"});
      const counted = `比上年末${diff > 0 ? "增加" : "减少"}${amount}`;
      if (kind === "stockCount" || previous === 0) return counted;
      const pct = fixedDecimals((magnitude / previous) * 100);
      if (pct === undefined || pct === "0.00") return counted;
      return `${counted},${diff > 0 ? "增长" : "下降"}${pct}%`;
    }
    case "flow": {
      if (diff === 0) return "与上年持平";
      return `比上年${diff > 0 ? "增加" : "减少"}${formatCount(magnitude, {unit: countUnit(current)})}`;
    }
    case "perMille":
    case "percent":
    case "ratio": {
      const text = fixedDecimals(magnitude) as string;
      if (text === "0.00") return "与上年持平";
      const unit = kind === "perMille" ? "个千分点" : kind === "percent" ? "个百分点" : "";
      return `比上年${diff > 0 ? rise : fall}${text}${unit}`;
    }
    case "yuan": {
      let text = formatYuan(magnitude, {unit: Math.abs(current) >= 10000 ? "万元" : "元"});
      // A small change of an amount in 万元 would read "0.00万元": give it in 元 instead.
      if (/^0\.00万元/.test(text)) text = formatYuan(magnitude, {unit: "元"});
      if (/^0\.00/.test(text)) return "与上年持平";
      return `比上年${diff > 0 ? "增加" : "减少"}${text}`;
    }
    default:
      throw new Error(`unknown change kind: ${kind as string}`);
  }
}
