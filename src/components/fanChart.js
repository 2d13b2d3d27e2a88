import * as Plot from "npm:@observablehq/plot";
import {formatValue} from "./formatValue.js";
import {yearTicks} from "./yearTicks.js";

/**
 * FanChart(projected, {width, observed}) draws a projected total population with its 95% and 80%
 * prediction intervals as nested bands (lower_95…upper_95, lower_80…upper_80) and the observed
 * year-end population before it ({year, population}). Intervals missing from the rows are not drawn.
 */
export function FanChart(projected, {width = 640, height = 340, observed = [], label = ""} = {}) {
  const withBands = projected.filter((d) => d.lower_95 != null && d.upper_95 != null);
  const with80 = projected.filter((d) => d.lower_80 != null && d.upper_80 != null);
  const years = Array.from(new Set(observed.map((d) => d.year).concat(projected.map((d) => d.year)))).sort((a, b) => a - b);
  return Plot.plot({
    width,
    height,
    marginLeft: 64,
    ariaLabel: `${label}人口预测扇形图`,
    x: {label: "年份", tickFormat: (d) => `${d}`, ticks: yearTicks(years, width)},
    y: {label: "人口(人)", grid: true, tickFormat: (d) => `${d}`, zero: false},
    marks: [
      Plot.areaY(withBands, {x: "year", y1: "lower_95", y2: "upper_95", fill: "#56B4E9", fillOpacity: 0.25}),
      Plot.areaY(with80, {x: "year", y1: "lower_80", y2: "upper_80", fill: "#0072B2", fillOpacity: 0.3}),
      Plot.lineY(observed, {x: "year", y: "population", stroke: "#000", strokeWidth: 2, marker: "circle"}),
      Plot.lineY(projected, {x: "year", y: "population", stroke: "#0072B2", strokeWidth: 2, strokeDasharray: "5,3", marker: "circle", tip: true,
        title: (d) => `${d.year}年 预测${formatValue(d.population, "人")}` + (d.lower_80 != null ? `\n80%区间 ${formatValue(d.lower_80, "人", {withUnit: false})}—${formatValue(d.upper_80, "人")}` : "") + (d.lower_95 != null ? `\n95%区间 ${formatValue(d.lower_95, "人", {withUnit: false})}—${formatValue(d.upper_95, "人")}` : "")})
    ]
  });
}
