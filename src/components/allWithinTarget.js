/**
 * allWithinTarget(values, check) is true when every value (nulls left out) satisfies the target of a
 * target_checks row (op "<=", ">=" or "between" with value, value_high): a trend chart's caption then
 * says so, as its target band covers every point. False without a check, a known op or any value.
 *
 * allWithinTarget([4.7, 11.9], {op: "<=", value: 15}) // true
 */
export function allWithinTarget(values, check) {
  if (!check || check.value == null) return false;
  const shown = values.filter((v) => v != null && Number.isFinite(Number(v))).map(Number);
  if (!shown.length) return false;
  const within = {"<=": (v) => v <= check.value, ">=": (v) => v >= check.value, between: (v) => v >= check.value && v <= check.value_high}[check.op];
  return within ? shown.every(within) : false;
}
