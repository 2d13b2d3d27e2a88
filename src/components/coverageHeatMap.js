import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {cellLabelsShown} from "./cellLabelsShown.js";
import {ChartFigure} from "./chartFigure.js";
import {coverageCaption} from "./coverageCaption.js";
import {DataTable} from "./dataTable.js";
import {formatValue} from "./formatValue.js";
import {HatchPattern} from "./hatchPattern.js";
import {isSmallCount, minReliableCount} from "./smallBase.js";
import {TargetBadge} from "./targetBadge.js";
import {targetFill} from "./targetFill.js";
import {textColorOn} from "./textColorOn.js";
import {withVerdict} from "./withVerdict.js";
import {wrapLabel} from "./wrapLabel.js";

/**
 * CoverageHeatMap(rows, {width, year, names, projects, villageOrder, check, target, hatch, labels}) is
 * the coverage of each service project (columns, in the order of projects) in each village (rows, in
 * the order of villageOrder, village codes labelled by names) as a blues heat map in a ChartFigure,
 * with its caption (coverageCaption) and a table view of every row, the town's (TOWN) included.
 * rows are services.csv rows of one year with village_label; the town's row is left out of the map.
 * - Project names are wrapped to their column's width, beside a left margin as wide as the longest
 *   village name needs (at most 100px).
 * - Coverage resting on fewer than minReliableCount eligible people is hatched (hatch, a HatchPattern;
 *   pass the page's own so that its id stays the same when the chart is redrawn).
 * - check(row) gives the verdict of a targeted project's cell (a target_checks row; undefined for the
 *   other projects): ✓/✗ after the value, a vermillion frame when not met (class target-missed; dashed,
 *   target-inconclusive, when the verdict is not certain), words in the tooltip, caption and table.
 *   target is the town's check of the targeted project, whose label the caption names.
 * - labels (default cellLabelsShown of the number of villages) prints each cell's value, in black or
 *   white, whichever reads better on the cell's blue (textColorOn; white from 60% read 2.8:1 at 61%).
 */
export function CoverageHeatMap(rows, {width = 640, year, names = new Map(), projects, villageOrder, check = () => undefined, target, hatch = HatchPattern(), labels} = {}) {
  const villageRows = rows.filter((d) => d.village_code !== "TOWN");
  projects ??= Array.from(new Set(rows.map((d) => d.project)));
  villageOrder ??= Array.from(new Set(villageRows.map((d) => d.village_code))).sort();
  labels ??= cellLabelsShown(villageOrder.length);
  const smallRows = villageRows.filter((d) => d.coverage_rate != null && isSmallCount(d.eligible));
  const missed = villageRows.filter((d) => check(d)?.status === "not_met");
  // Project names wrapped to their column's width (on a phone four names ran into one another),
  // beside a left margin as wide as the longest village name needs (at most 100px).
  const marginLeft = Math.min(100, 16 + 11 * Math.max(0, ...villageOrder.map((code) => Array.from(names.get(code) ?? code).length)));
  const projectLabel = (project) => wrapLabel(project, (width - marginLeft) / Math.max(1, projects.length) - 12);
  const labelLines = Math.max(1, ...projects.map((project) => projectLabel(project).split("\n").length));
  // The cells' colour, as the color scale below gives it (Plot's "blues" is d3's, over 0–100%).
  const cellColor = (rate) => d3.rgb(d3.interpolateBlues(rate / 100)).formatHex();
  const frame = {x: "project", y: "village_code", fill: "none", stroke: targetFill({status: "not_met"}), strokeWidth: 2.5, inset: 2.5, ariaHidden: "true"};
  return ChartFigure(Plot.plot({
    width, height: 60 + 28 * villageOrder.length + 12 * (labelLines - 1), marginLeft, marginBottom: 28 + 12 * labelLines,
    ariaLabel: `${year}年各村(社区)各项目覆盖率`,
    x: {label: null, domain: projects, tickFormat: projectLabel},
    y: {label: null, domain: villageOrder, tickFormat: (code) => names.get(code) ?? code},
    color: {scheme: "blues", domain: [0, 100], legend: true, label: "覆盖率(%)"},
    marks: [
      hatch.defs,
      Plot.cell(villageRows, {x: "project", y: "village_code", fill: "coverage_rate", inset: 1, tip: true, title: (d) => withVerdict(`${d.village_label} ${d.project}:${formatValue(d.coverage_rate, "%")}(${d.served}/${d.eligible}人${isSmallCount(d.eligible) ? `,基数小于${minReliableCount},覆盖率不稳定` : ""})`, check(d))}),
      Plot.cell(smallRows, {x: "project", y: "village_code", fill: hatch.fill, inset: 1}),
      Plot.cell(missed.filter((d) => check(d).conclusive !== false), {...frame, className: "target-missed"}),
      Plot.cell(missed.filter((d) => check(d).conclusive === false), {...frame, strokeDasharray: "4,3", className: "target-missed target-inconclusive"}),
      labels ? Plot.text(villageRows, {x: "project", y: "village_code", text: (d) => withVerdict(formatValue(d.coverage_rate, "%", {withUnit: false}), check(d), {short: true}), fill: (d) => textColorOn(cellColor(d.coverage_rate)), stroke: "coverage_rate", strokeWidth: 5, paintOrder: "stroke"}) : null
    ]
  }), {
    caption: coverageCaption(villageRows, {year, target, check}),
    table: DataTable(rows, {maxHeight: false, limit: 200, columns: [
      {key: "village_label", label: "村(社区)"}, {key: "project", label: "项目"},
      {key: "eligible", label: "应服务(人)", align: "right"}, {key: "served", label: "已服务(人)", align: "right"},
      {key: "coverage_rate", label: "覆盖率(%)", align: "right", format: (v, d) => html`<span>${formatValue(v, "%", {withUnit: false})}${v != null && isSmallCount(d.eligible) ? `(基数${d.eligible})` : ""} ${TargetBadge(check(d), {short: true})}</span>`}
    ]})
  });
}
