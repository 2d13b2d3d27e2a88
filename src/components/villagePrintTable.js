import {DataTable} from "./dataTable.js";
import {formatIndicatorValue} from "./formatValue.js";
import {indicatorColumnLabel} from "./indicatorColumnLabel.js";
import {intervalText} from "./intervalText.js";
import {indicators as allIndicators} from "./indicators.js";
import {smallBase} from "./smallBase.js";
import {verdictParts} from "./verdictParts.js";

/**
 * VillagePrintTable(rows, {indicator, names, check, caption, indicators}) is the villages' table made
 * for paper (A4 portrait): one row per row of `rows` (the town first, then each village, as given;
 * never limited), labelled by names (villageLabels), and few enough columns to fit the page:
 * - the chosen indicator in full: its value, its interval when it has one (sex ratio at birth), its
 *   small base ("基数12", smallBase) and its verdict in words with the gap of a miss (verdictParts);
 * - every other indicator that has a target (a check for one of the rows), in the order of
 *   `indicators`: its value and the verdict's mark, with the doubt of an uncertain verdict
 *   ("✗ (尚不能确定)"), so who is off target can be read in black and white.
 * check(row, key) gives a row's target check (a target_checks row) for an indicator, as on the page.
 * The same values and verdicts as the screen's table, in a DataTable without a height limit (its header
 * is repeated on every printed page: style.css prints the sort buttons as plain text).
 * Each part of a cell is a span (class "value", "base", "verdict", "doubt") that print styles keep whole.
 */
export function VillagePrintTable(rows, {indicator, names = new Map(), check = () => undefined, caption = "", indicators = allIndicators} = {}) {
  const targeted = indicators.filter((ind) => ind.key !== indicator.key && rows.some((row) => check(row, ind.key)));
  const value = (row, ind) => formatIndicatorValue(row[ind.key], ind, {withUnit: false});
  const columns = [
    {key: "village_code", label: "村(社区)", wrap: true, format: (code) => names.get(String(code)) ?? code},
    {key: indicator.key, label: indicatorColumnLabel(indicator), align: "right", wrap: true, format: (_, row) => {
      const c = check(row, indicator.key);
      const interval = intervalText(row, indicator);
      const base = smallBase(row, indicator, c);
      return cell([["value", `${value(row, indicator)}${interval}`], ["base", base && `(${base})`], ["verdict", verdictParts(c)?.text]]);
    }},
    ...targeted.map((ind) => ({key: ind.key, label: indicatorColumnLabel(ind), align: "right", wrap: true, format: (_, row) => {
      const verdict = verdictParts(check(row, ind.key));
      // No value and no verdict (no data, withheld) is one "—", not "— —".
      const mark = verdict?.mark === "—" && row[ind.key] == null ? "" : verdict?.mark;
      return cell([["value", [value(row, ind), mark].filter(Boolean).join(" ")], ["doubt", verdict?.doubt && `(${verdict.doubt})`]]);
    }}))
  ];
  return DataTable(rows, {columns, caption, maxHeight: false});
}

// A cell of spans, one per non-empty part, separated by spaces (where a narrow column breaks its lines).
function cell(parts) {
  const node = document.createElement("span");
  parts.filter(([, text]) => text).forEach(([className, text], i) => {
    if (i) node.append(" ");
    const part = document.createElement("span");
    part.className = className;
    part.textContent = text;
    node.append(part);
  });
  return node;
}
