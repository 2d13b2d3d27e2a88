import {html} from "npm:htl";
import {formatChange} from "./formatChange.js";
import {formatIndicatorValue} from "./formatValue.js";
import {TargetBadge} from "./targetBadge.js";
import {targetVerdict} from "./targetVerdict.js";

/**
 * KpiCard({indicator, row, previous, check, note}) is one headline card: label, value with its
 * unit, the change on last year in bulletin wording, the target badge, an uncertain verdict's reason
 * in words (targetVerdict's why) and an optional note (e.g. an interval). `indicator` is the display metadata from indicators.js.
 */
export function KpiCard({indicator, row, previous, check, note, stock = false} = {}) {
  const value = row?.[indicator.key];
  const text = formatIndicatorValue(value, indicator, {withUnit: false});
  // An uncertain verdict's reason in words (no tooltip on a phone or on paper): 95%区间跨越目标两侧….
  const why = check ? targetVerdict(check).why : undefined;
  const unit = value == null || indicator.unit === "比" ? "" : indicator.unit;
  return html`<div class="card kpi" data-indicator=${indicator.key}>
    <h2>${indicator.label}</h2>
    <div><span class="kpi-value">${text}</span><span class="kpi-unit">${unit}</span></div>
    <div class="kpi-change">${formatChange(value, previous?.[indicator.key], indicator.unit, {stock, average: indicator.average, sum: indicator.sum}) || "上年无可比数据"}</div>
    ${note ? html`<div class="kpi-note">${note}</div>` : ""}
    ${check ? html`<div>${TargetBadge(check)}</div>` : ""}
    ${why ? html`<div class="kpi-note kpi-doubt">${why}</div>` : ""}
  </div>`;
}
