import {html} from "npm:htl";
import {targetGap} from "./targetGap.js";
import {targetVerdict} from "./targetVerdict.js";

/**
 * TargetBadge(check) shows the pipeline's verdict on one target (a target_checks row): a word and
 * a symbol, not colour alone (see targetVerdict); its tooltip names the target and, for a miss, by how
 * much (targetGap): "人均经费投入不低于8.5元;低于目标0.19元". No check gives an empty fragment.
 */
export function TargetBadge(check, {short = false} = {}) {
  if (!check) return html``;
  const {status, text, title, inconclusive} = targetVerdict(check);
  // Plain DOM calls (no html`` template): tables show one badge per village and indicator.
  const badge = document.createElement("span");
  badge.className = `badge badge-${status}${inconclusive ? " badge-inconclusive" : ""}`;
  badge.title = [title, targetGap(check)].filter(Boolean).join(";");
  badge.textContent = short ? text.slice(0, 1) : text;
  return badge;
}
