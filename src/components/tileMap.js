import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {colorRamp} from "./colorRamp.js";
import {formatIndicatorValue} from "./formatValue.js";
import {withUnstableBase} from "./smallBase.js";
import {TargetBadge} from "./targetBadge.js";
import {textColorOn} from "./textColorOn.js";
import {withVerdict} from "./withVerdict.js";

/**
 * TileMap(rows, {width, indicator, names, href, smallBase}) is a map without boundaries: one equal tile
 * per village (in code order), coloured by the indicator on a colour-blind-safe sequential scale,
 * darker for higher values (colorRamp), labelled with the village's label (names: village_code → label as villageLabels gives
 * it; its name when not given) and value. Villages with no value are grey. A village whose value
 * rests on too few events (smallBase(d) gives its label, e.g. "基数10") is hatched and labelled with
 * its base, so it is not read as exact. check(d) gives the village's target check (a target_checks
 * row) when the indicator has a target: its badge (✓ 达标, ✗ 未达标) is on the tile and its verdict in
 * the tile's tooltip, so a village off target is seen on the map. Used when the extract has no villages.geojson.
 *
 * A tile's text is black or white, whichever reads better on its colour (textColorOn). A screen reader
 * names a tile by the words it shows (name, value, ✓/✗, base: WCAG 2.5.3, the name holds what is seen)
 * and reads its tooltip after them as its description ("青石社区:出生率 9.95‰(达标)"); the tiles are
 * the grid's children, not a list (no role="list" without its listitems).
 */
export function TileMap(rows, {width = 640, indicator, names = new Map(), href = () => null, smallBase = () => undefined, check = () => undefined} = {}) {
  const key = indicator.key;
  const values = rows.map((d) => d[key]).filter((v) => v != null);
  const color = d3.scaleSequential(d3.extent(values.length ? values : [0, 1]), colorRamp);
  const columns = Math.max(2, Math.min(rows.length, Math.floor(width / 120)));
  // Plain DOM calls (no html`` template per tile): a county has 300 tiles, redrawn on every year.
  const tiles = rows.map((d) => {
    const value = d[key];
    const fill = value == null ? "#eee" : color(value);
    const text = value == null ? "#333" : textColorOn(d3.rgb(fill).formatHex());
    const link = href(d);
    const name = names.get(d.village_code) ?? d.village_name ?? d.village_code;
    const shown = formatIndicatorValue(value, indicator);
    const base = value == null ? undefined : smallBase(d);
    const verdict = value == null ? undefined : check(d);
    const label = withVerdict(withUnstableBase(`${name}:${indicator.label} ${shown}`, base), verdict);
    const tile = document.createElement(link ? "a" : "div");
    if (link) tile.setAttribute("href", link);
    tile.className = [link ? "" : "tile", base ? "tile-small-base" : ""].filter(Boolean).join(" ");
    tile.style.backgroundColor = fill;
    tile.style.color = text;
    tile.title = label;
    const strong = document.createElement("strong");
    strong.textContent = name ?? "";
    const span = document.createElement("span");
    span.textContent = shown;
    tile.append(strong, span);
    if (verdict) span.append(" ", TargetBadge(verdict, {short: true}));
    if (base) {
      const note = document.createElement("small");
      note.textContent = base;
      tile.append(note);
    }
    return tile;
  });
  return html`<div class="tile-map" style=${{gridTemplateColumns: `repeat(${columns}, 1fr)`}}>${tiles}</div>`;
}
