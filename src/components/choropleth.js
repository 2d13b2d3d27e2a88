import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {formatValue} from "./formatValue.js";
import {HatchPattern} from "./hatchPattern.js";
import {withUnstableBase} from "./smallBase.js";

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
 */
export function Choropleth(rows, {width = 640, indicator, geojson: input, names = new Map(), smallBase = () => undefined} = {}) {
  const geojson = rewind(input);
  const key = indicator.key;
  const byCode = new Map(rows.map((d) => [d.village_code, d]));
  const row = (f) => byCode.get(String(f.properties?.village_code));
  const value = (f) => row(f)?.[key] ?? null;
  const name = (f) => names.get(String(f.properties?.village_code)) ?? row(f)?.village_name ?? f.properties?.village_code;
  const base = (f) => (value(f) == null ? undefined : smallBase(row(f)));
  const title = (f) => withUnstableBase(`${name(f)}:${indicator.label} ${formatValue(value(f), indicator.unit)}`, base(f));
  const counts = indicator.unit === "人";
  const hatch = HatchPattern();
  const smallBaseFeatures = counts ? [] : geojson.features.filter((f) => base(f));
  return Plot.plot({
    width,
    // No height: Plot derives it from the aspect of the boundaries (projection domain).
    projection: {type: "mercator", domain: geojson},
    ariaLabel: `各村(社区)${indicator.label}地图`,
    color: counts ? undefined : {scheme: "cividis", legend: true, label: indicator.label, unknown: "#eee"},
    r: counts ? {range: [2, 24]} : undefined,
    marks: [
      Plot.geo(geojson, counts ? {stroke: "#888", fill: "#f4f4f4", title} : {fill: value, stroke: "#fff", title, tip: true}),
      smallBaseFeatures.length ? hatch.defs : null,
      smallBaseFeatures.length ? Plot.geo(smallBaseFeatures, {fill: hatch.fill, stroke: "#fff", className: "small-base-hatch", ariaHidden: "true", pointerEvents: "none"}) : null,
      counts ? Plot.dot(geojson.features, Plot.centroid({r: value, fill: "#0072B2", fillOpacity: 0.6, stroke: "#fff", title, tip: true})) : null
    ]
  });
}
