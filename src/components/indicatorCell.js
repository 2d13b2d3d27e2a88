import {formatIndicatorValue} from "./formatValue.js";
import {intervalText} from "./intervalText.js";
import {minReliableCount, smallBase} from "./smallBase.js";
import {TargetBadge} from "./targetBadge.js";
import {targetVerdict} from "./targetVerdict.js";

/**
 * IndicatorCell(row, indicator, check) is a table cell's content: the value in bulletin format,
 * its interval when the pipeline gives one (sex ratio at birth), the counts it rests on when they are
 * too few for a stable rate (see smallBase.js), the target badge and, for an uncertain verdict, its
 * doubt in words ("尚不能确定", "数据待核": targetVerdict.js).
 */
export function IndicatorCell(row, indicator, check) {
  // Plain DOM calls (no html`` template): the villages table has one of these per village and indicator.
  const cell = document.createElement("span");
  cell.append(formatIndicatorValue(row[indicator.key], indicator, {withUnit: false}));
  const interval = intervalText(row, indicator);
  if (interval) cell.append(span("muted", interval));
  const base = smallBase(row, indicator);
  if (base) {
    const small = span("small-base", ` (${base})`);
    small.title = `所依据的人数少于${minReliableCount}人,比率不稳定`;
    cell.append(small);
  }
  cell.append(" ");
  if (check) {
    cell.append(TargetBadge(check, {short: true}));
    // An uncertain verdict says so in words, not only by the badge's dashed frame.
    const {doubt} = targetVerdict(check);
    if (doubt) cell.append(span("verdict-doubt", doubt));
  }
  return cell;
}

function span(className, text) {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}
