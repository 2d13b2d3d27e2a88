import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {formatValue} from "./formatValue.js";
import {yearTicks} from "./yearTicks.js";

/** The three series of projection_summary/summary.csv, with their labels. */
export const projectionSummarySeries = [
  {key: "births", label: "出生人口", note: "预测期为年均值"},
  {key: "school_age_6_14", label: "学龄人口(6—14岁)"},
  {key: "elderly_65_plus", label: "老年人口(65岁及以上)"}
];

/**
 * ProjectionSummaryChart(rows, {width}) draws births, school age 6–14 and elderly 65+ of one area and
 * scenario (rows of projection_summary/summary.csv: year, observed, births, school_age_6_14, elderly_65_plus)
 * as three small line charts side by side (each with its own scale: the three differ tenfold), the
 * observed base year as a filled dot and the projected years dashed. No band: these totals have no
 * published interval.
 */
export function ProjectionSummaryChart(rows, {width = 640, label = ""} = {}) {
  const columns = width >= 640 ? 3 : 1;
  const panelWidth = Math.floor((width - (columns - 1) * 16) / columns);
  const years = rows.map((d) => d.year);
  const panels = projectionSummarySeries.map(({key, label: seriesLabel}) => {
    const values = rows.filter((d) => d[key] != null);
    const chart = Plot.plot({
      width: panelWidth,
      height: 200,
      marginLeft: 48,
      ariaLabel: `${label}${seriesLabel}预测`,
      x: {label: null, tickFormat: (d) => `${d}`, ticks: yearTicks(years, panelWidth, 44)},
      y: {label: "人", grid: true, tickFormat: (d) => `${d}`, zero: true},
      marks: [
        Plot.lineY(values, {x: "year", y: key, stroke: "#0072B2", strokeWidth: 2, strokeDasharray: "5,3"}),
        Plot.dot(values, {x: "year", y: key, r: 3.5, stroke: (d) => (d.observed ? "#000" : "#0072B2"), fill: (d) => (d.observed ? "#000" : "#fff"), tip: true,
          title: (d) => `${d.year}年${d.observed ? "(实际)" : "(预测)"}\n${seriesLabel} ${formatValue(d[key], "人")}`}),
        Plot.ruleY([0])
      ]
    });
    return html`<div class="projection-summary-panel"><div class="panel-title">${seriesLabel}</div>${chart}</div>`;
  });
  return html`<div class="projection-summary-chart" style=${`display:grid;grid-template-columns:repeat(${columns},1fr);gap:16px`}>${panels}</div>`;
}
