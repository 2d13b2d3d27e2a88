/**
 * fixed2(x) is x with two decimals, as published, and never "-0.00": a value that rounds to zero is
 * written unsigned (as the bulletin's fixedDecimals).
 */
export function fixed2(x) {
  const text = x.toFixed(2);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * formatValue(value, unit) writes a number the way Chinese statistical bulletins do:
 * ‰ and % with two decimals ("7.60‰", "14.93%"), ratios with two decimals ("104.49"),
 * counts ("人") as whole numbers without thousands separators ("24316人" when withUnit),
 * yuan with two decimals ("10.17元", per person), or with sum (a sum of money, 经费) exactly, without ".00"
 * ("278134元", "1520.5元"); never "-0.00". A missing value (null, undefined, NaN) is "—".
 * average (with unit "人"): the value is a mean of two counts (年平均人口, pop_avg = (pop_start +
 * pop_end) / 2), printed exactly as it is, whole or with its half ("27341.5"), never rounded to a
 * whole person, so that 经费 ÷ 年平均人口 and a rate's numerator ÷ 年平均人口 check out; this is the
 * one place where that rule lives (indicators.js marks pop_avg average: true).
 */
export function formatValue(value, unit = "", {withUnit = true, average = false, sum = false} = {}) {
  if (value == null || Number.isNaN(value) || value === "") return "—";
  const number = Number(value);
  switch (unit) {
    case "人": return `${average ? exactAverage(number) : Math.round(number)}${withUnit ? "人" : ""}`;
    case "‰": return `${fixed2(number)}${withUnit ? "‰" : ""}`;
    case "%": return `${fixed2(number)}${withUnit ? "%" : ""}`;
    case "元": return `${sum ? exactYuan(number) : fixed2(number)}${withUnit ? "元" : ""}`;
    case "比": return fixed2(number);
    default: return Number.isInteger(number) ? String(number) : fixed2(number);
  }
}

/**
 * formatIndicatorValue(value, indicator, {withUnit}) is formatValue with the indicator's own rules
 * (indicators.js: its unit, average for 年平均人口, sum for 经费投入), so that a rule added to an
 * indicator reaches every place its value is written.
 */
export function formatIndicatorValue(value, indicator, {withUnit = true} = {}) {
  return formatValue(value, indicator.unit, {withUnit, average: indicator.average, sum: indicator.sum});
}

/** A sum of money to the fen, without trailing zeros: 278134, 1520.5, 12.25. */
function exactYuan(x) {
  const text = fixed2(x);
  return text.replace(/\.?0+$/, "");
}

/** A mean of two whole counts is whole or ends in .5: written as it is (one decimal at most). */
function exactAverage(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
