import * as Plot from "npm:@observablehq/plot";
import {formatIndicatorValue} from "./formatValue.js";
import {smallBaseDots} from "./smallBaseDots.js";
import {townComparable} from "./townComparable.js";
import {trendDomain} from "./trendDomain.js";

/**
 * SmallMultiples(rows, {width, indicator, names, town, smallBase}) draws one small trend per village
 * (faceted, same y scale), with the town's line in grey behind each for reference (rates and
 * shares only: a town count would dwarf every village's, townComparable). The y axis reaches 0 for
 * counts, rates and shares, as on every trend chart (trendDomain), so that a village's 4‰ is not drawn
 * as if it were next to nothing; a ratio near 100 (sex ratio) keeps its own range. A year whose value
 * rests on too few events (smallBase(d) gives its label, e.g. "基数10") is a hollow point, the others
 * filled (smallBaseDots, as on every chart of a rate by village).
 */
export function SmallMultiples(rows, {width = 640, indicator, names = new Map(), town = [], smallBase = () => undefined} = {}) {
  const key = indicator.key;
  const codes = Array.from(new Set(rows.map((d) => d.village_code))).sort();
  const columns = Math.max(1, Math.min(codes.length, Math.floor(width / 160)));
  const index = new Map(codes.map((code, i) => [code, i]));
  const fx = (code) => index.get(code) % columns;
  const fy = (code) => Math.floor(index.get(code) / columns);
  const label = (code) => names.get(code) ?? code;
  const townValues = town.filter((d) => d[key] != null).map((d) => ({year: d.year, [key]: d[key]}));
  const townDrawn = townComparable(indicator) ? townValues : [];
  const townRows = codes.flatMap((code) => townDrawn.map((d) => ({...d, facet: code})));
  const domain = trendDomain(rows.map((d) => d[key]).concat(townDrawn.map((d) => d[key])), undefined, {zero: indicator.unit !== "比"});
  return Plot.plot({
    width,
    height: 120 * Math.ceil(codes.length / columns) + 40,
    marginLeft: 48,
    ariaLabel: `各村(社区)${indicator.label}历年走势小图`,
    fx: {axis: null},
    fy: {axis: null},
    x: {tickFormat: (d) => `${d}`, ticks: 3, label: null},
    y: {grid: true, tickFormat: (d) => `${d}`, label: indicator.unit && indicator.unit !== "比" ? indicator.unit : null, ticks: 3, domain},
    marks: [
      Plot.lineY(townRows, {x: "year", y: key, fx: (d) => fx(d.facet), fy: (d) => fy(d.facet), stroke: "#bbb"}),
      Plot.lineY(rows.filter((d) => d[key] != null), {x: "year", y: key, fx: (d) => fx(d.village_code), fy: (d) => fy(d.village_code), stroke: "#0072B2", strokeWidth: 2}),
      ...smallBaseDots(rows, {x: "year", y: key, fx: (d) => fx(d.village_code), fy: (d) => fy(d.village_code), fill: "#0072B2", smallBase,
        title: (d) => `${label(d.village_code)} ${d.year}年 ${formatIndicatorValue(d[key], indicator)}`}),
      Plot.text(codes, {fx, fy, text: label, frameAnchor: "top-left", dx: 4, dy: 2, fontWeight: 600})
    ]
  });
}
