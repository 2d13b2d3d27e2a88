import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {formatValue} from "./formatValue.js";

/**
 * TileMap(rows, {width, indicator, href}) is a map without boundaries: one equal tile per village
 * (in code order), coloured by the indicator on a colour-blind-safe sequential scale (cividis),
 * labelled with the village name and value. Villages with no value are hatched grey.
 * Used when the extract has no villages.geojson.
 */
export function TileMap(rows, {width = 640, indicator, href = () => null} = {}) {
  const key = indicator.key;
  const values = rows.map((d) => d[key]).filter((v) => v != null);
  const color = d3.scaleSequential(d3.extent(values.length ? values : [0, 1]), d3.interpolateCividis);
  const columns = Math.max(2, Math.min(rows.length, Math.floor(width / 120)));
  const tiles = rows.map((d) => {
    const value = d[key];
    const fill = value == null ? "#eee" : color(value);
    const text = value == null ? "#333" : d3.lab(fill).l > 55 ? "#000" : "#fff";
    const link = href(d);
    const label = `${d.village_name ?? d.village_code}:${indicator.label} ${formatValue(value, indicator.unit)}`;
    return link
      ? html`<a href=${link} style=${{background: fill, color: text}} aria-label=${label} title=${label}><strong>${d.village_name ?? d.village_code}</strong><span>${formatValue(value, indicator.unit)}</span></a>`
      : html`<div class="tile" style=${{background: fill, color: text}} aria-label=${label} title=${label}><strong>${d.village_name ?? d.village_code}</strong><span>${formatValue(value, indicator.unit)}</span></div>`;
  });
  return html`<div class="tile-map" role="list" style=${{gridTemplateColumns: `repeat(${columns}, 1fr)`}}>${tiles}</div>`;
}
