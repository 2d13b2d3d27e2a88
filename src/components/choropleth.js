import * as Plot from "npm:@observablehq/plot";
import {formatValue} from "./formatValue.js";

/**
 * Choropleth(rows, {width, indicator, geojson}) maps the indicator on the village boundaries of
 * villages.geojson (features joined on properties.village_code): rates and shares as a cividis
 * choropleth, counts ("人") as bubbles sized by value.
 */
export function Choropleth(rows, {width = 640, indicator, geojson} = {}) {
  const key = indicator.key;
  const byCode = new Map(rows.map((d) => [d.village_code, d]));
  const value = (f) => byCode.get(String(f.properties?.village_code))?.[key] ?? null;
  const name = (f) => byCode.get(String(f.properties?.village_code))?.village_name ?? f.properties?.village_code;
  const title = (f) => `${name(f)}:${indicator.label} ${formatValue(value(f), indicator.unit)}`;
  const counts = indicator.unit === "人";
  return Plot.plot({
    width,
    height: Math.round(width * 0.7),
    projection: {type: "mercator", domain: geojson},
    ariaLabel: `各村(社区)${indicator.label}地图`,
    color: counts ? undefined : {scheme: "cividis", legend: true, label: indicator.label, unknown: "#eee"},
    r: counts ? {range: [2, 24]} : undefined,
    marks: [
      Plot.geo(geojson, counts ? {stroke: "#888", fill: "#f4f4f4", title} : {fill: value, stroke: "#fff", title, tip: true}),
      counts ? Plot.dot(geojson.features, Plot.centroid({r: value, fill: "#0072B2", fillOpacity: 0.6, stroke: "#fff", title, tip: true})) : null
    ]
  });
}
