import {html} from "npm:htl";
import {formatValue} from "./formatValue.js";
import {TargetBadge} from "./targetBadge.js";

/**
 * IndicatorCell(row, indicator, check) is a table cell's content: the value in bulletin format,
 * its interval when the pipeline gives one (sex ratio at birth), the count it rests on when the
 * target check calls the base too small, and the target badge.
 */
export function IndicatorCell(row, indicator, check) {
  const value = formatValue(row[indicator.key], indicator.unit, {withUnit: false});
  const interval = indicator.low && row[indicator.low] != null
    ? html`<span class="muted"> [${formatValue(row[indicator.low], indicator.unit, {withUnit: false})}—${formatValue(row[indicator.high], indicator.unit, {withUnit: false})}]</span>`
    : "";
  const small = check && check.conclusive === false && indicator.count && row[indicator.count] != null
    ? html`<span class="small-base" title="基数较小,比率不稳定"> (基数${row[indicator.count]})</span>`
    : "";
  return html`<span>${value}${interval}${small} ${check ? TargetBadge(check, {short: true}) : ""}</span>`;
}
