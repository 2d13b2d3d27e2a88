import {formatValue} from "./formatValue.js";

/**
 * intervalText(row, indicator) is the interval the pipeline gives with an indicator's value (sex ratio
 * at birth: its 95% Wilson interval), written as in a table cell, " [101.20—110.35]"; "" when the
 * indicator has none or the row has no interval.
 */
export function intervalText(row, indicator) {
  if (!indicator.low || row[indicator.low] == null) return "";
  const bound = (key) => formatValue(row[key], indicator.unit, {withUnit: false});
  return ` [${bound(indicator.low)}—${bound(indicator.high)}]`;
}
