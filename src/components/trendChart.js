import * as Plot from "npm:@observablehq/plot";
import {formatIndicatorValue} from "./formatValue.js";
import {palette} from "./palette.js";
import {smallBaseDots} from "./smallBaseDots.js";
import {targetBand} from "./targetBand.js";
import {trendDomain} from "./trendDomain.js";
import {yearTicks} from "./yearTicks.js";

/**
 * TrendChart(rows, {width, indicator, check, names}) draws one indicator over the years: one line
 * per village_code (the town 'TOWN' thick and black, as the reference), coloured by code and labelled
 * by names (village_code → label, see villageLabels), so two villages of one name stay two lines; the
 * target band shaded when a target check is given, and an interval (low/high), when the indicator has
 * one, as a thin vertical bar at each year in the line's colour, the lines' bars set side by side
 * (class "interval"). Not as shaded bands: a small village's interval of a sex ratio at birth spans the
 * whole axis, and three or four such bands laid over each other made one dark block that hid the target
 * band. An interval without an upper end (no girls born) runs to the top. The y axis spans the values,
 * the target and the town's interval ends where they are finite, with room above and below (trendDomain),
 * so the town's interval is drawn whole; the villages' intervals are clipped at it. A point resting on
 * too few people (smallBase(d) gives its label) is hollow (smallBaseDots, as in the villages' small
 * multiples).
 */
const marginLeft = 56;
const marginRight = 20; // Plot's default, which the chart leaves as is; named here for the bars' spacing
export function TrendChart(rows, {width = 640, height = 320, indicator, check, names = new Map(), smallBase = () => undefined} = {}) {
  const key = indicator.key;
  const values = rows.map((d) => d[key]).filter((v) => v != null);
  // The town's interval is the reference whose width the reader compares with: taken in whole. A village's may reach 2000: not.
  const townEnds = indicator.low ? rows.filter((d) => d.village_code === "TOWN").flatMap((d) => [d[indicator.low], d[indicator.high]]) : [];
  const domain = trendDomain(values, check, {zero: indicator.unit !== "比", within: townEnds});
  const band = targetBand(check, domain);
  const codes = Array.from(new Set(rows.map((d) => d.village_code))).sort((a, b) => (a === "TOWN" ? -1 : b === "TOWN" ? 1 : 0));
  const name = (code) => (code === "TOWN" ? "全镇" : names.get(code) ?? code);
  const years = Array.from(new Set(rows.map((d) => d.year))).sort((a, b) => a - b);
  // The bars of one year side by side, at most 4 px apart and together within half a year's width.
  const step = Math.min(4, (width - marginLeft - marginRight) / Math.max(1, years.length) / 2 / codes.length);
  const intervals = indicator.low
    ? codes.map((code, i) => Plot.ruleX(rows.filter((d) => d.village_code === code && d[indicator.low] != null), {
        x: "year", y1: indicator.low, y2: (d) => d[indicator.high] ?? domain[1], stroke: "village_code", strokeOpacity: 0.45, strokeWidth: 1.5,
        dx: (i - (codes.length - 1) / 2) * step, clip: true, className: "interval"}))
    : [];
  return Plot.plot({
    width,
    height,
    marginLeft,
    ariaLabel: `${indicator.label}历年走势`,
    x: {label: "年份", tickFormat: (d) => `${d}`, ticks: yearTicks(years, width)},
    y: {label: `${indicator.label}${indicator.unit && indicator.unit !== "比" ? `(${indicator.unit})` : ""}`, grid: true, tickFormat: (d) => `${d}`, domain},
    color: {domain: codes, tickFormat: name, range: codes.map((code, i) => (code === "TOWN" ? palette[0] : palette[1 + (i % (palette.length - 1))])), legend: codes.length > 1},
    marks: [
      band ? Plot.rectY([band], {x1: years[0] - 0.5, x2: years[years.length - 1] + 0.5, y1: "y1", y2: "y2", fill: "#009E73", fillOpacity: 0.1}) : null,
      ...intervals,
      Plot.lineY(rows.filter((d) => d[key] != null), {x: "year", y: key, z: "village_code", stroke: "village_code", strokeWidth: (d) => (d.village_code === "TOWN" ? 3 : 1.5)}),
      ...smallBaseDots(rows, {x: "year", y: key, fill: "village_code", smallBase,
        title: (d) => `${name(d.village_code)} ${d.year}年\n${indicator.label} ${formatIndicatorValue(d[key], indicator)}`}),
      // The target's edge as a line: where every value is within the target the band fills the plot, and the line shows where it ends.
      ...(band ? [check.value, check.value_high].filter((v) => v != null).map((v) => Plot.ruleY([v], {stroke: "#009E73", strokeDasharray: "6,3", strokeWidth: 1.5, className: "target-line"})) : []),
      domain[0] <= 0 && domain[1] >= 0 ? Plot.ruleY([0]) : null
    ]
  });
}
