import {html} from "npm:htl";

const words = {met: "✓ 达标", not_met: "✗ 未达标", no_data: "— 无数据"};

/**
 * TargetBadge(check) shows the pipeline's verdict on one target (a target_checks row): a word and
 * a symbol, not colour alone. A verdict on too small a base (conclusive = false) reads "样本小".
 * No check gives an empty fragment.
 */
export function TargetBadge(check, {short = false} = {}) {
  if (!check) return html``;
  const inconclusive = check.conclusive === false && check.status !== "no_data";
  const text = (words[check.status] ?? check.status) + (inconclusive ? "(样本小)" : "");
  const title = [check.label, inconclusive ? "基数较小,结论不稳定" : null].filter(Boolean).join(";");
  // Plain DOM calls (no html`` template): tables show one badge per village and indicator.
  const badge = document.createElement("span");
  badge.className = `badge badge-${check.status}${inconclusive ? " badge-inconclusive" : ""}`;
  badge.title = title;
  badge.textContent = short ? text.slice(0, 1) : text;
  return badge;
}
