import * as d3 from "npm:d3";

/**
 * colorRamp(t) is the maps' sequential colour for t in [0, 1] (0 the lowest value, 1 the highest):
 * colour-blind-safe cividis, reversed so that darker means higher on every map and heat map of the
 * site (the coverage heat map's blues are darker for more coverage too). Used by the tile map and, as
 * Plot's `interpolate`, by the choropleth.
 *
 * d3.lab(colorRamp(1)).l < d3.lab(colorRamp(0)).l // true
 */
export function colorRamp(t) {
  return d3.interpolateCividis(1 - t);
}
