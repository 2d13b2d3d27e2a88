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
  // Plain DOM calls (no html`` template per tile): a county has 300 tiles, redrawn on every year.
  const tiles = rows.map((d) => {
    const value = d[key];
    const fill = value == null ? "#eee" : color(value);
    const text = value == null ? "#333" : d3.lab(fill).l > 55 ? "#000" : "#fff";
    const link = href(d);
    const name = d.village_name ?? d.village_code;
    const shown = formatValue(value, indicator.unit);
    const label = `${name}:${indicator.label} ${shown}`;
    const tile = document.createElement(link ? "a" : "div");
    if (link) tile.setAttribute("href", link);
    else tile.className = "tile";
    tile.style.background = fill;
    tile.style.color = text;
    tile.setAttribute("aria-label", label);
    tile.title = label;
    const strong = document.createElement("strong");
    strong.textContent = name ?? "";
    const span = document.createElement("span");
    span.textContent = shown;
    tile.append(strong, span);
    return tile;
  });
  return html`<div class="tile-map" role="list" style=${{gridTemplateColumns: `repeat(${columns}, 1fr)`}}>${tiles}</div>`;
}
