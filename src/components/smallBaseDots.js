import * as Plot from "npm:@observablehq/plot";
import {withUnstableBase} from "./smallBase.js";

/**
 * smallBaseDots(rows, {y, fill, smallBase, title, ...options}) is the one encoding of small bases on every
 * chart of a rate by village (the villages' small multiples, the 趋势 page, a village's trend): a point
 * whose value rests on too few people (smallBase(d) gives its label, e.g. "基数10", see smallBase.js) is
 * hollow (white inside, outlined in `fill`), the others filled with `fill` (a constant colour or a
 * channel, as Plot takes it); the tip of a hollow point adds "(基数10,比率不稳定)" (withUnstableBase).
 * Rows without a value of `y` (a column name) are left out. Returns two Plot.dot marks, the filled and
 * the hollow (class "small-base-dot"); other options (x, fx, fy, r) pass to both.
 */
export function smallBaseDots(rows, {y, fill, smallBase = () => undefined, title = () => "", ...options} = {}) {
  const points = rows.filter((d) => d[y] != null).map((d) => ({...d, smallBase: smallBase(d)}));
  const common = {r: 2.5, ...options, y, tip: true, title: (d) => withUnstableBase(title(d), d.smallBase)};
  return [
    Plot.dot(points.filter((d) => !d.smallBase), {...common, fill}),
    Plot.dot(points.filter((d) => d.smallBase), {...common, fill: "white", stroke: fill, strokeWidth: 1.5, className: "small-base-dot"})
  ];
}
