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
 * yuan with two decimals; never "-0.00". A missing value (null, undefined, NaN) is "—".
 */
export function formatValue(value, unit = "", {withUnit = true} = {}) {
  if (value == null || Number.isNaN(value) || value === "") return "—";
  const number = Number(value);
  switch (unit) {
    case "人": return `${Math.round(number)}${withUnit ? "人" : ""}`;
    case "‰": return `${fixed2(number)}${withUnit ? "‰" : ""}`;
    case "%": return `${fixed2(number)}${withUnit ? "%" : ""}`;
    case "元": return `${fixed2(number)}${withUnit ? "元" : ""}`;
    case "比": return fixed2(number);
    default: return Number.isInteger(number) ? String(number) : fixed2(number);
  }
}
