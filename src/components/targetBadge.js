import {html} from "npm:htl";

const words = {met: "✓ 达标", not_met: "✗ 未达标", no_data: "— 无数据"};

// Why a verdict is not certain (target_checks.inconclusive_reason): the badge's word and its tooltip.
const doubts = {
  small_numbers: ["样本小", "基数较小,结论不稳定"],
  served_exceeds_eligible: ["数据待核", "已服务人数多于应服务人数,数据待核实"]
};

/**
 * TargetBadge(check) shows the pipeline's verdict on one target (a target_checks row): a word and
 * a symbol, not colour alone. A verdict that is not certain (conclusive = false) says why: "样本小"
 * (too small a base) or "数据待核" (more served than eligible). No check gives an empty fragment.
 */
export function TargetBadge(check, {short = false} = {}) {
  if (!check) return html``;
  const inconclusive = check.conclusive === false && check.status !== "no_data";
  const [word, why] = inconclusive ? (doubts[check.inconclusive_reason] ?? doubts.small_numbers) : [];
  const text = (words[check.status] ?? check.status) + (inconclusive ? `(${word})` : "");
  const title = [check.label, why].filter(Boolean).join(";");
  // Plain DOM calls (no html`` template): tables show one badge per village and indicator.
  const badge = document.createElement("span");
  badge.className = `badge badge-${check.status}${inconclusive ? " badge-inconclusive" : ""}`;
  badge.title = title;
  badge.textContent = short ? text.slice(0, 1) : text;
  return badge;
}
