import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {colorRamp} from "./colorRamp.js";
import {formatIndicatorValue} from "./formatValue.js";
import {HatchPattern} from "./hatchPattern.js";
import {withUnstableBase} from "./smallBase.js";
import {targetVerdict} from "./targetVerdict.js";
import {withVerdict} from "./withVerdict.js";

// The badges as the tile map draws them (style.css .badge): the symbol in the verdict's colour on a
// white disc ringed in that colour, grey and dashed when the verdict is not certain. The colour is
// style.css's, by class (.target-badge-met, -not_met, -inconclusive: the badges' darker shades, which
// read at least 4.5:1 on white, where targetFill's bar shades read 3.4:1 and 3.9:1): marks in currentColor.
const badgeStyles = [
  {status: "met", inconclusive: false},
  {status: "not_met", inconclusive: false},
  {status: "met", inconclusive: true, dash: "2,2"},
  {status: "not_met", inconclusive: true, dash: "2,2"}
];

/**
 * A polygon whose rings d3-geo reads as covering more than a hemisphere was wound the other way
 * round: RFC 7946 GeoJSON (counter-clockwise exterior rings) and many shapefile exports (clockwise)
 * differ, while d3-geo takes clockwise as the inside. Each such polygon is reversed ring by ring, so
 * both orders draw the village and not the rest of the globe.
 */
function rewind(geojson) {
  const polygon = (rings) => (d3.geoArea({type: "Polygon", coordinates: rings}) > 2 * Math.PI ? rings.map((ring) => ring.slice().reverse()) : rings);
  const geometry = (g) =>
    g?.type === "Polygon" ? {...g, coordinates: polygon(g.coordinates)}
      : g?.type === "MultiPolygon" ? {...g, coordinates: g.coordinates.map(polygon)}
        : g?.type === "GeometryCollection" ? {...g, geometries: g.geometries.map(geometry)}
          : g;
  return {...geojson, features: (geojson.features ?? []).map((f) => ({...f, geometry: geometry(f.geometry)}))};
}

/**
 * Choropleth(rows, {width, indicator, geojson, names, smallBase}) maps the indicator on the village
 * boundaries of villages.geojson (features joined on properties.village_code; tips name a village by
 * names, village_code → label as villageLabels gives it, else by its name): rates and shares as a
 * cividis choropleth, counts ("人") as bubbles sized by value. Rings may be wound either way (see
 * rewind). A village whose value rests on too few events (smallBase(row) gives its label, e.g.
 * "基数10") is hatched over its colour and its tip names the base, as on the tile map (the hatch is
 * a second geo mark, class small-base-hatch, hidden from screen readers: the tip already says it).
 * check(row) gives the village's target check (a target_checks row) when the indicator has a target:
 * as on the tile map, its badge (✓ 达标, ✗ 未达标; class target-badge, hidden from screen readers)
 * is drawn at the village's centroid and its verdict, with the gap of a miss, is in the tip.
 */
export function Choropleth(rows, {width = 640, indicator, geojson: input, names = new Map(), smallBase = () => undefined, check = () => undefined} = {}) {
  const geojson = rewind(input);
  const key = indicator.key;
  const byCode = new Map(rows.map((d) => [d.village_code, d]));
  const row = (f) => byCode.get(String(f.properties?.village_code));
  const value = (f) => row(f)?.[key] ?? null;
  const name = (f) => names.get(String(f.properties?.village_code)) ?? row(f)?.village_name ?? f.properties?.village_code;
  const base = (f) => (value(f) == null ? undefined : smallBase(row(f)));
  const verdict = (f) => (value(f) == null ? undefined : check(row(f)));
  const title = (f) => withVerdict(withUnstableBase(`${name(f)}:${indicator.label} ${formatIndicatorValue(value(f), indicator)}`, base(f)), verdict(f));
  // One pair of marks (disc, symbol) per look: Plot's colour scale is the indicator's, so colours here are constants (currentColor, set by class).
  const badges = badgeStyles.flatMap(({status, inconclusive, dash}) => {
    const features = geojson.features.filter((f) => verdict(f)?.status === status && targetVerdict(verdict(f)).inconclusive === inconclusive);
    if (!features.length) return [];
    const className = `target-badge target-badge-${status}${inconclusive ? " target-badge-inconclusive" : ""}`;
    const shared = {className, ariaHidden: "true", pointerEvents: "none"};
    return [
      Plot.dot(features, Plot.centroid({r: 8, fill: "#fff", stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: dash, ...shared})),
      Plot.text(features, Plot.centroid({text: () => (status === "met" ? "✓" : "✗"), fill: "currentColor", fontSize: 11, fontWeight: 700, ...shared}))
    ];
  });
  const counts = indicator.unit === "人";
  const hatch = HatchPattern();
  const smallBaseFeatures = counts ? [] : geojson.features.filter((f) => base(f));
  return Plot.plot({
    width,
    // No height: Plot derives it from the aspect of the boundaries (projection domain).
    projection: {type: "mercator", domain: geojson},
    ariaLabel: `各村(社区)${indicator.label}地图`,
    color: counts ? undefined : {type: "sequential", interpolate: colorRamp, legend: true, label: `${indicator.label}(颜色越深数值越高)`, unknown: "#eee"},
    r: counts ? {range: [2, 24]} : undefined,
    marks: [
      Plot.geo(geojson, counts ? {stroke: "#888", fill: "#f4f4f4", title} : {fill: value, stroke: "#fff", title, tip: true}),
      smallBaseFeatures.length ? hatch.defs : null,
      smallBaseFeatures.length ? Plot.geo(smallBaseFeatures, {fill: hatch.fill, stroke: "#fff", className: "small-base-hatch", ariaHidden: "true", pointerEvents: "none"}) : null,
      counts ? Plot.dot(geojson.features, Plot.centroid({r: value, fill: "#0072B2", fillOpacity: 0.6, stroke: "#fff", title, tip: true})) : null,
      ...badges
    ]
  });
}
