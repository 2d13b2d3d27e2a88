// Okabe–Ito green and vermillion. A bar needs 3:1 against white (WCAG 1.4.11): these give 3.4:1 and
// 3.9:1. The badges' words are in darker shades of the same two (style.css --status-met, --status-not-met),
// as text needs 4.5:1.
const fills = {met: "#009E73", not_met: "#D55E00"};

/**
 * targetFill(check, fallback) is the fill of a bar for the pipeline's verdict on its target (a
 * target_checks row): green when met, vermillion when not, `fallback` without a check or verdict
 * (no data, withheld). A chart using it also marks the bar in words (targetVerdict): colour is never alone.
 */
export function targetFill(check, fallback = "#777") {
  return fills[check?.status] ?? fallback;
}
