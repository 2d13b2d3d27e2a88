/**
 * formatValue(value, unit) writes a number the way Chinese statistical bulletins do:
 * ‰ and % with two decimals ("7.60‰", "14.93%"), ratios with two decimals ("104.49"),
 * counts ("人") as whole numbers without thousands separators ("24316人" when withUnit),
 * yuan with two decimals. A missing value (null, undefined, NaN) is "—".
 */
export function formatValue(value, unit = "", {withUnit = true} = {}) {
  if (value == null || Number.isNaN(value) || value === "") return "—";
  const number = Number(value);
  switch (unit) {
    case "人": return `${Math.round(number)}${withUnit ? "人" : ""}`;
    case "‰": return `${number.toFixed(2)}${withUnit ? "‰" : ""}`;
    case "%": return `${number.toFixed(2)}${withUnit ? "%" : ""}`;
    case "元": return `${number.toFixed(2)}${withUnit ? "元" : ""}`;
    case "比": return number.toFixed(2);
    default: return Number.isInteger(number) ? String(number) : number.toFixed(2);
  }
}
