import {html} from "npm:htl";
import {targetVerdict} from "./targetVerdict.js";

/**
 * TargetBadge(check) shows the pipeline's verdict on one target (a target_checks row): a word and
 * a symbol, not colour alone (see targetVerdict). No check gives an empty fragment.
 */
export function TargetBadge(check, {short = false} = {}) {
  if (!check) return html``;
  const {status, text, title, inconclusive} = targetVerdict(check);
  // Plain DOM calls (no html`` template): tables show one badge per village and indicator.
  const badge = document.createElement("span");
  badge.className = `badge badge-${status}${inconclusive ? " badge-inconclusive" : ""}`;
  badge.title = title;
  badge.textContent = short ? text.slice(0, 1) : text;
  return badge;
}
