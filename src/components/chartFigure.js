import {html} from "npm:htl";
import {chartImage} from "./chartImage.js";

/**
 * ChartFigure(chart, {caption, table}) wraps a chart (an SVG or a Plot figure) in a <figure>
 * with a text caption (also its aria-label) and, when `table` is given, a collapsible table view
 * of the same numbers for screen readers and keyboard users. A Plot chart in it is one image named by
 * its aria-label, or else by the caption (chartImage).
 */
export function ChartFigure(chart, {caption, table} = {}) {
  const figure = html`<figure class="chart" role="group" aria-label=${caption ?? ""}>
    ${chartImage(chart, {label: caption})}
    ${caption ? html`<figcaption>${caption}</figcaption>` : ""}
    ${table ? html`<details class="table-view"><summary>表格视图</summary>${table}</details>` : ""}
  </figure>`;
  return figure;
}
