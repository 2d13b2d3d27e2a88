/**
 * chartImage(chart, {label}) makes each chart Plot drew in `chart` (a Plot SVG, the figure Plot wraps
 * it in with a legend, or an element holding several) one image for screen readers: role="img", named
 * by its aria-label (Plot's ariaLabel option; `label` when it has none), its marks hidden from them
 * (aria-hidden on the SVG's children, also on a tip Plot draws anew under the pointer), as the content
 * of an image is. Plot names every mark's group in English ("bar", "rule", "tip"): a name a group of
 * shapes without words may not have (WCAG 4.1.2, axe-core's aria-prohibited-attr), which a screen
 * reader would otherwise read out one by one. The numbers are in the figure's caption and 表格视图.
 * A legend (Plot's swatches, or a colour ramp, class "plot-…-ramp") stays readable text; a chart with
 * no name at all is left as it is. Returns `chart`.
 */
export function chartImage(chart, {label} = {}) {
  // Plot's chart SVGs have its class "plot-…"; its colour ramps "plot-…-ramp", its swatches none.
  const plots = "svg[class^='plot-']:not([class$='-ramp'])";
  const svgs = chart?.matches?.(plots) ? [chart] : Array.from(chart?.querySelectorAll?.(plots) ?? []);
  for (const svg of svgs) {
    const name = svg.getAttribute("aria-label") || label;
    if (!name) continue;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", name);
    for (const child of svg.children) child.setAttribute("aria-hidden", "true");
    new MutationObserver((changes) => {
      for (const {addedNodes} of changes) for (const node of addedNodes) node.nodeType === 1 && node.setAttribute("aria-hidden", "true");
    }).observe(svg, {childList: true});
  }
  return chart;
}
