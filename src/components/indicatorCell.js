import {formatValue} from "./formatValue.js";
import {TargetBadge} from "./targetBadge.js";

/**
 * IndicatorCell(row, indicator, check) is a table cell's content: the value in bulletin format,
 * its interval when the pipeline gives one (sex ratio at birth), the counts it rests on when the
 * target check calls the base too small, and the target badge.
 */
export function IndicatorCell(row, indicator, check) {
  // Plain DOM calls (no html`` template): the villages table has one of these per village and indicator.
  const cell = document.createElement("span");
  cell.append(formatValue(row[indicator.key], indicator.unit, {withUnit: false}));
  if (indicator.low && row[indicator.low] != null) {
    cell.append(span("muted", ` [${formatValue(row[indicator.low], indicator.unit, {withUnit: false})}—${formatValue(row[indicator.high], indicator.unit, {withUnit: false})}]`));
  }
  const base = smallBase(row, indicator, check);
  if (base) {
    const small = span("small-base", ` (${base})`);
    small.title = "基数较小,比率不稳定";
    cell.append(small);
  }
  cell.append(" ");
  if (check) cell.append(TargetBadge(check, {short: true}));
  return cell;
}

const countLabels = {births: "出生", deaths: "死亡"};

/** "基数12", or "出生3、死亡5" for a rate resting on two counts; undefined unless the base is too small. */
function smallBase(row, indicator, check) {
  if (!check || check.conclusive !== false || !indicator.count) return undefined;
  if ((check.inconclusive_reason ?? "small_numbers") !== "small_numbers") return undefined;
  const keys = [indicator.count].flat();
  if (keys.some((key) => row[key] == null)) return undefined;
  return keys.length === 1 ? `基数${row[keys[0]]}` : keys.map((key) => `${countLabels[key] ?? key}${row[key]}`).join("、");
}

function span(className, text) {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}
