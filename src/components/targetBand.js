/**
 * targetBand(check, [min, max]) is the y-interval a target allows ({y1, y2}), clipped to the
 * axis domain, from a target_checks row: op "<=" → [min, value], ">=" → [value, max],
 * "between" → [value, value_high]. No check gives null.
 */
export function targetBand(check, [min, max]) {
  if (!check || check.value == null) return null;
  switch (check.op) {
    case "<=": return {y1: min, y2: check.value};
    case ">=": return {y1: check.value, y2: max};
    case "between": return {y1: check.value, y2: check.value_high};
    default: return null;
  }
}
