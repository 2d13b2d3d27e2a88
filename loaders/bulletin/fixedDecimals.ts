/**
 * fixedDecimals(value, digits = 2): the value with exactly `digits` decimals, trailing zeros kept,
 * a minus sign for negatives, and never "-0.00" (a value that rounds to zero is written unsigned).
 * Returns undefined for null, undefined, NaN and ±Infinity.
 */
export function fixedDecimals(value: number | null | undefined, digits = 2): string | undefined {
  if (value == null || !Number.isFinite(value)) return undefined;
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
