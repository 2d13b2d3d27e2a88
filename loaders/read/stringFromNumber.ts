/**
 * A spreadsheet number as text, never in exponent form. Integers keep every digit; other numbers
 * are rounded to 15 significant digits, the precision Excel displays (so 0.30000000000000004 → "0.3").
 *
 *     stringFromNumber(1001) // "1001"
 *     stringFromNumber(12.5) // "12.5"
 *     stringFromNumber(1e-7) // "0.0000001"
 */
export function stringFromNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number.isInteger(value) ? value : Number(value.toPrecision(15));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  return rounded.toLocaleString("en-US", {useGrouping: false, maximumFractionDigits: 20});
}
