import * as Plot from "npm:@observablehq/plot";
import {yearTicks} from "./yearTicks.js";

/**
 * BulletinBirthsDeathsChart(data, {width, alt}) draws the town's births and deaths over the years
 * (data: [{year, births, deaths}]) as two lines told apart by colour (Okabe–Ito blue and vermilion),
 * line style and a direct label, so colour is never the only cue. A single year (the register's
 * first bulletin) is two labelled bars instead: a line needs two years. `alt` becomes the SVG's
 * description.
 */
export function BulletinBirthsDeathsChart(data, {width = 640, height = 280, alt = ""} = {}) {
  const series = [
    {key: "births", label: "出生人口", color: "#0072B2", dash: null},
    {key: "deaths", label: "死亡人口", color: "#D55E00", dash: "6,3"}
  ];
  const points = (key) => data.filter((d) => d[key] != null).map((d) => ({year: d.year, value: d[key]}));
  const last = (key) => points(key).at(-1);
  const years = data.map((d) => d.year);
  if (years.length === 1) {
    const bars = series.filter(({key}) => data[0][key] != null).map(({key, label, color}) => ({label, color, value: data[0][key]}));
    return Plot.plot({
      width,
      height,
      ariaLabel: "出生和死亡人口",
      ariaDescription: alt,
      style: {fontFamily: "inherit", fontSize: "12px"},
      x: {label: `${years[0]}年`, domain: series.map((d) => d.label), padding: 0.5},
      y: {label: "人数(人)", grid: true, zero: true},
      marks: [
        Plot.barY(bars, {x: "label", y: "value", fill: "color", title: (d) => `${years[0]}年${d.label}${d.value}人`}),
        Plot.text(bars, {x: "label", y: "value", text: (d) => `${d.value}人`, dy: -8}),
        Plot.ruleY([0])
      ]
    });
  }
  return Plot.plot({
    width,
    height,
    marginRight: 70,
    ariaLabel: "出生和死亡人口",
    ariaDescription: alt,
    style: {fontFamily: "inherit", fontSize: "12px"},
    // Every year while each has room (the A4 bulletin), every second or third on a phone, where twelve
    // years ran into one another; the plot's width less its margins (about 40 + 70px).
    x: {label: "年份", tickFormat: "d", ticks: yearTicks(years, width - 110)},
    y: {label: "人数(人)", grid: true, zero: true},
    marks: [
      Plot.ruleY([0]),
      ...series.flatMap(({key, label, color, dash}) => [
        Plot.lineY(points(key), {x: "year", y: "value", stroke: color, strokeWidth: 2, strokeDasharray: dash}),
        Plot.dot(points(key), {x: "year", y: "value", fill: color, r: 2.5, title: (d) => `${d.year}年${label}${d.value}人`}),
        Plot.text(last(key) ? [last(key)] : [], {x: "year", y: "value", text: () => label, dx: 6, textAnchor: "start", fill: color})
      ])
    ]
  });
}
