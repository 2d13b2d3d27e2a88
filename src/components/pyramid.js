import * as Plot from "npm:@observablehq/plot";
import {ageGroupLabel, ageGroupOrder} from "./ageGroupOrder.js";

/**
 * Pyramid(rows, {width, compare, compareLabel, label}) draws a population pyramid from age_sex
 * rows of one year and area (sex "M"/"F", age_group, population): men to the left (blue), women
 * to the right (orange). `compare` (rows of the same shape) is drawn as an outline, e.g. the
 * base year under a projected year.
 */
export function Pyramid(rows, {width = 640, height, compare = null, label = "", compareLabel = ""} = {}) {
  const groups = Array.from(new Set(rows.concat(compare ?? []).map((d) => d.age_group))).sort((a, b) => ageGroupOrder(a) - ageGroupOrder(b));
  const signed = (d) => (d.sex === "M" ? -d.population : d.population);
  const max = Math.max(1, ...rows.concat(compare ?? []).map((d) => d.population));
  return Plot.plot({
    width,
    height: height ?? Math.max(260, groups.length * 20 + 60),
    marginLeft: 80,
    ariaLabel: `${label}人口金字塔(左男右女)`,
    x: {label: "← 男性(人) · 女性(人) →", labelAnchor: "center", tickFormat: (d) => `${Math.abs(d)}`, domain: [-max * 1.05, max * 1.05]},
    y: {domain: groups.slice().reverse(), label: "年龄组", tickFormat: ageGroupLabel},
    color: {domain: ["男", "女"], range: ["#0072B2", "#E69F00"], legend: true},
    marks: [
      Plot.barX(rows, {x: signed, y: "age_group", fill: (d) => (d.sex === "M" ? "男" : "女"), tip: true,
        title: (d) => `${d.sex === "M" ? "男" : "女"} ${ageGroupLabel(d.age_group)}:${d.population}人`}),
      compare ? Plot.rectX(compare, {x1: 0, x2: signed, y: "age_group", fill: null, stroke: "#000", strokeWidth: 1.2, strokeDasharray: "3,2",
        title: (d) => `${compareLabel} ${d.sex === "M" ? "男" : "女"} ${ageGroupLabel(d.age_group)}:${d.population}人`}) : null,
      Plot.ruleX([0])
    ]
  });
}
