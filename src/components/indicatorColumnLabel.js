/**
 * indicatorColumnLabel(indicator) is a table header for an indicator's column: its label with the unit
 * the column's values are written without, "出生率(‰)", "人均经费(元)"; a ratio (比) or a plain number
 * has no unit: "出生人口性别比".
 */
export function indicatorColumnLabel(indicator) {
  return `${indicator.label}${indicator.unit && indicator.unit !== "比" ? `(${indicator.unit})` : ""}`;
}
