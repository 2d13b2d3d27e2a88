import * as Plot from "npm:@observablehq/plot";
import {extent} from "npm:d3";
import {chartImage} from "./chartImage.js";
import {DrawnWhenNear} from "./drawnWhenNear.js";
import {formatIndicatorValue} from "./formatValue.js";
import {smallBaseDots} from "./smallBaseDots.js";
import {townComparable} from "./townComparable.js";
import {trendDomain} from "./trendDomain.js";

/** Height of one row of facets, and of the axes' margins of a chart (px). */
const facetHeight = 120;
const marginsHeight = 40;

/**
 * SmallMultiples(rows, {width, indicator, names, town, smallBase, groupSize}) draws one small trend per
 * village (faceted, same y scale), with the town's line in grey behind each for reference (rates and
 * shares only: a town count would dwarf every village's, townComparable). The y axis reaches 0 for
 * counts, rates and shares, as on every trend chart (trendDomain), so that a village's 4‰ is not drawn
 * as if it were next to nothing; a ratio near 100 (sex ratio) keeps its own range. A year whose value
 * rests on too few events (smallBase(d) gives its label, e.g. "基数10") is a hollow point, the others
 * filled (smallBaseDots, as on every chart of a rate by village).
 *
 * Up to `groupSize` villages (default 24, rounded up to whole rows: a screen or more at any width)
 * are one chart, so a town's are drawn as they always were. More (a county's 300) are drawn in groups
 * of that many, each its own chart on the same x and y scales: the first at once, each other when it
 * comes near the viewport (DrawnWhenNear, its height kept until then), so the first view does not wait
 * for facets far below it.
 */
export function SmallMultiples(rows, {width = 640, indicator, names = new Map(), town = [], smallBase = () => undefined, groupSize = 24} = {}) {
  const key = indicator.key;
  const codes = Array.from(new Set(rows.map((d) => d.village_code))).sort();
  const columns = Math.max(1, Math.min(codes.length, Math.floor(width / 160)));
  const label = (code) => names.get(code) ?? code;
  const townValues = town.filter((d) => d[key] != null).map((d) => ({year: d.year, [key]: d[key]}));
  const townDrawn = townComparable(indicator) ? townValues : [];
  const valued = rows.filter((d) => d[key] != null);
  const domain = trendDomain(rows.map((d) => d[key]).concat(townDrawn.map((d) => d[key])), undefined, {zero: indicator.unit !== "比"});
  // The years Plot would span from the lines and points drawn: stated, so that every group has the same x scale.
  const years = extent(valued.concat(townDrawn), (d) => d.year);
  const xDomain = years[0] === undefined ? undefined : years;
  const ariaLabel = `各村(社区)${indicator.label}历年走势小图`;
  const perGroup = columns * Math.ceil(groupSize / columns);
  const groups = Array.from({length: Math.ceil(codes.length / perGroup)}, (_, i) => codes.slice(i * perGroup, (i + 1) * perGroup));
  const chart = (groupCodes, {ariaLabel}) => {
    const index = new Map(groupCodes.map((code, i) => [code, i]));
    const fx = (code) => index.get(code) % columns;
    const fy = (code) => Math.floor(index.get(code) / columns);
    const inGroup = groups.length > 1 ? (d) => index.has(d.village_code) : () => true;
    const townRows = groupCodes.flatMap((code) => townDrawn.map((d) => ({...d, facet: code})));
    return Plot.plot({
      width,
      height: chartHeight(groupCodes.length, columns),
      marginLeft: 48,
      ariaLabel,
      fx: {axis: null},
      fy: {axis: null},
      x: {tickFormat: (d) => `${d}`, ticks: 3, label: null, domain: xDomain},
      y: {grid: true, tickFormat: (d) => `${d}`, label: indicator.unit && indicator.unit !== "比" ? indicator.unit : null, ticks: 3, domain},
      marks: [
        Plot.lineY(townRows, {x: "year", y: key, fx: (d) => fx(d.facet), fy: (d) => fy(d.facet), stroke: "#bbb"}),
        Plot.lineY(valued.filter(inGroup), {x: "year", y: key, fx: (d) => fx(d.village_code), fy: (d) => fy(d.village_code), stroke: "#0072B2", strokeWidth: 2}),
        ...smallBaseDots(rows.filter(inGroup), {x: "year", y: key, fx: (d) => fx(d.village_code), fy: (d) => fy(d.village_code), fill: "#0072B2", smallBase,
          title: (d) => `${label(d.village_code)} ${d.year}年 ${formatIndicatorValue(d[key], indicator)}`}),
        Plot.text(groupCodes, {fx, fy, text: label, frameAnchor: "top-left", dx: 4, dy: 2, fontWeight: 600})
      ]
    });
  };
  if (groups.length <= 1) return chart(codes, {ariaLabel});
  // Each group is one image named by the villages it shows (ChartFigure names the first, drawn at once).
  const groupLabel = (i) => `${ariaLabel}(第${i * perGroup + 1}–${i * perGroup + groups[i].length}个村(社区),共${codes.length}个)`;
  const node = document.createElement("div");
  node.className = "small-multiples";
  node.append(chart(groups[0], {ariaLabel: groupLabel(0)}), ...groups.slice(1).map((group, i) =>
    DrawnWhenNear(() => chartImage(chart(group, {ariaLabel: groupLabel(i + 1)})), {height: chartHeight(group.length, columns)})));
  return node;
}

/** Height of a chart of `count` facets in `columns` columns. */
function chartHeight(count, columns) {
  return facetHeight * Math.ceil(count / columns) + marginsHeight;
}
