import {fixed2, formatValue} from "./formatValue.js";

/**
 * formatChange(current, previous, unit, {stock}) describes the change on last year in bulletin
 * wording: counts "比上年末增加12人,增长0.50%" (stock) or "比上年减少3人" (flows); ‰ rates
 * "比上年上升0.30个千分点"; % shares "比上年下降0.71个百分点"; ratios "比上年下降0.16";
 * yuan "比上年增加0.20元" (per person), a sum of money exactly, "比上年减少707元" (sum, see formatValue). Equal values read "与上年持平"; a missing value gives "".
 * Changes are taken between the levels as published (two decimals; counts whole, an average of
 * counts, average: true as for 年平均人口, exact: "比上年增加41.5人", see formatValue).
 */
export function formatChange(current, previous, unit = "", {stock = false, average = false, sum = false} = {}) {
  if (current == null || previous == null || Number.isNaN(current) || Number.isNaN(previous)) return "";
  const than = stock ? "比上年末" : "比上年";
  const same = stock ? "与上年末持平" : "与上年持平";
  // The level as formatValue prints it (toFixed: a tie such as -0.125 goes away from zero, "-0.13",
  // where Math.round would go up to -0.12 and the change would not match the printed levels).
  const published = (x) => Number(fixed2(x));
  if (unit === "人") {
    const diff = average ? current - previous : Math.round(current) - Math.round(previous);
    if (diff === 0) return same;
    const words = `${than}${diff > 0 ? "增加" : "减少"}${formatValue(Math.abs(diff), "人", {average})}`;
    if (!stock || previous === 0) return words;
    const pct = fixed2(Math.abs((diff / previous) * 100));
    // A change too small to show in % is given in persons only, as in the bulletin.
    return pct === "0.00" ? words : `${words},${diff > 0 ? "增长" : "下降"}${pct}%`;
  }
  // From the published (rounded) levels, so that the reader's subtraction checks out.
  const diff = Number(fixed2(published(current) - published(previous)));
  if (diff === 0) return same;
  const up = diff > 0;
  const size = Math.abs(diff).toFixed(2);
  switch (unit) {
    case "‰": return `${than}${up ? "上升" : "下降"}${size}个千分点`;
    case "%": return `${than}${up ? "上升" : "下降"}${size}个百分点`;
    case "元": return `${than}${up ? "增加" : "减少"}${formatValue(Math.abs(diff), "元", {sum})}`;
    default: return `${than}${up ? "上升" : "下降"}${size}`;
  }
}
