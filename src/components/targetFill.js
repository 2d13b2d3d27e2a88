// The badges' colours (style.css --status-met, --status-not-met; Okabe–Ito green and vermillion).
const fills = {met: "#009E73", not_met: "#D55E00"};

/**
 * targetFill(check, fallback) is the fill of a bar for the pipeline's verdict on its target (a
 * target_checks row): green when met, vermillion when not, `fallback` without a check or verdict
 * (no data, withheld). A chart using it also marks the bar in words (targetVerdict): colour is never alone.
 */
export function targetFill(check, fallback = "#777") {
  return fills[check?.status] ?? fallback;
}
