let next = 0;

/**
 * HatchPattern() is a diagonal hatch for Plot charts, the same as the tile map's small-base tiles
 * (style.css .tile-small-base), light and dark stripes in turn so that it shows on any colour:
 * `defs` is a mark (a render function) to put among the plot's marks, `fill` the fill that uses it,
 * e.g. Plot.cell(smallRows, {…, fill: hatch.fill}) drawn over the coloured cells.
 * Each call has its own pattern id, so several charts on a page do not share one.
 */
export function HatchPattern({strokes = ["rgba(255, 255, 255, 0.6)", "rgba(0, 0, 0, 0.35)"], spacing = 8, width = 2} = {}) {
  const id = `hatch-pattern-${++next}`;
  const ns = "http://www.w3.org/2000/svg";
  const defs = () => {
    const node = document.createElementNS(ns, "defs");
    const pattern = document.createElementNS(ns, "pattern");
    for (const [name, value] of Object.entries({id, width: spacing, height: spacing, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)"})) pattern.setAttribute(name, String(value));
    strokes.forEach((stroke, i) => {
      const x = ((i + 0.5) * spacing) / strokes.length;
      const line = document.createElementNS(ns, "line");
      for (const [name, value] of Object.entries({x1: x, y1: 0, x2: x, y2: spacing, stroke, "stroke-width": width})) line.setAttribute(name, String(value));
      pattern.append(line);
    });
    node.append(pattern);
    return node;
  };
  return {id, defs, fill: `url(#${id})`};
}
