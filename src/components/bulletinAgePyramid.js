import * as Plot from "npm:@observablehq/plot";

/** Lower bound of an age group such as "0-4" or "85+", for ordering. */
function groupStart(group) {
  const match = /^(\d+)/.exec(group);
  return match ? Number(match[1]) : Infinity;
}

/**
 * BulletinAgePyramid(data, {width, alt}) draws the year-end age pyramid (data: [{age_group, label, sex: "男"|"女",
 * population}], label as the bulletin writes the group: "0—4岁", "85岁及以上"): men to the left, women to
 * the right, youngest at the bottom, each side labelled in text as well as coloured. `alt` becomes the
 * SVG's description.
 */
export function BulletinAgePyramid(data, {width = 640, alt = ""} = {}) {
  const labels = new Map(data.map((d) => [d.age_group, d.label ?? d.age_group]));
  const groups = Array.from(labels.keys()).sort((a, b) => groupStart(b) - groupStart(a));
  const max = Math.max(1, ...data.map((d) => d.population));
  return Plot.plot({
    width,
    height: Math.max(240, groups.length * 16 + 60),
    marginLeft: 80,
    ariaLabel: "年龄金字塔",
    ariaDescription: alt,
    style: {fontFamily: "inherit", fontSize: "12px"},
    x: {label: "← 男性 人数(人) 女性 →", labelAnchor: "center", domain: [-max, max], tickFormat: (d) => String(Math.abs(d)), grid: true},
    y: {label: "年龄组", domain: groups, tickFormat: (group) => labels.get(group)},
    color: {domain: ["男", "女"], range: ["#0072B2", "#E69F00"]},
    marks: [
      Plot.barX(data, {
        x: (d) => (d.sex === "男" ? -d.population : d.population),
        y: "age_group",
        fill: "sex",
        title: (d) => `${labels.get(d.age_group)} ${d.sex} ${d.population}人`
      }),
      Plot.ruleX([0]),
      Plot.text(["男"], {frameAnchor: "top-left", dy: 4, dx: 4, text: () => "男性"}),
      Plot.text(["女"], {frameAnchor: "top-right", dy: 4, dx: -4, text: () => "女性"})
    ]
  });
}
