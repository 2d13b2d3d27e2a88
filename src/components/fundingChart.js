import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {ChartFigure} from "./chartFigure.js";
import {DataTable} from "./dataTable.js";
import {formatValue} from "./formatValue.js";
import {fundingCaption} from "./fundingCaption.js";
import {fundingText} from "./fundingText.js";
import {indicatorByKey} from "./indicatorByKey.js";
import {TargetBadge} from "./targetBadge.js";
import {targetFill} from "./targetFill.js";
import {withVerdict} from "./withVerdict.js";

/**
 * FundingChart(rows, {width, year, names, check, target}) is funding per person (funding_per_capita)
 * of each village_year row of one year as horizontal bars in the order of rows (the town, TOWN, in
 * black), in a ChartFigure with its caption (fundingCaption) and a table view (经费投入, 年平均人口,
 * 人均经费投入, named as indicators.js names them; the town's row pinned when it comes first). check(row) gives a bar's target check (a
 * target_checks row): the bar is green when met, vermillion when not (targetFill), ✓/✗ follows the
 * name (names, village_code → label) and the verdict is in words in the tooltip, caption and table.
 * target, the town's check, draws the target as a dashed rule at its value.
 */
export function FundingChart(rows, {width = 640, year, names = new Map(), check = () => undefined, target} = {}) {
  const byCode = new Map(rows.map((d) => [d.village_code, d]));
  const label = (code) => withVerdict(names.get(code) ?? code, check(byCode.get(code)), {short: true});
  const text = (d) => fundingText(d, {names, check});
  const [total, perPerson] = ["funding_yuan", "funding_per_capita"].map((key) => indicatorByKey(key).label);
  return ChartFigure(Plot.plot({
    width, height: 60 + 26 * rows.length, marginLeft: 100,
    ariaLabel: `${year}年各村(社区)${perPerson}`,
    x: {label: `${perPerson}(元)`, grid: true, tickFormat: (d) => `${d}`},
    y: {label: null, domain: rows.map((d) => d.village_code), tickFormat: label},
    marks: [
      Plot.barX(rows, {y: "village_code", x: "funding_per_capita", fill: (d) => targetFill(check(d), d.village_code === "TOWN" ? "#000" : "#0072B2"), tip: true, title: text}),
      target?.value != null ? Plot.ruleX([target.value], {stroke: "#000", strokeWidth: 2, strokeDasharray: "4,3"}) : null,
      Plot.ruleX([0])
    ]
  }), {
    caption: fundingCaption(rows, {year, names, check}),
    table: DataTable(rows, {maxHeight: false, pinned: rows[0]?.village_code === "TOWN" ? 1 : 0, limit: 50, columns: [
      {key: "village_code", label: "村(社区)", format: (code) => names.get(code) ?? code},
      {key: "funding_yuan", label: `${total}(元)`, align: "right", format: (v) => formatValue(v, "元", {withUnit: false, sum: true})},
      {key: "pop_avg", label: "年平均人口(人)", align: "right", format: (v) => formatValue(v, "人", {withUnit: false, average: true})},
      {key: "funding_per_capita", label: `${perPerson}(元)`, align: "right", format: (v, d) => html`<span>${formatValue(v, "元", {withUnit: false})} ${TargetBadge(check(d), {short: true})}</span>`}
    ]})
  });
}
