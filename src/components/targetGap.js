import {fixed2} from "./formatValue.js";
import {indicatorByKey} from "./indicatorByKey.js";

/**
 * targetGap(check, indicator) is by how much a target was missed, in bulletin wording (as formatChange
 * words a change): "高于目标2.30个千分点" (‰), "低于目标4.20个百分点" (%), "低于目标0.19元" (元),
 * "高于目标上限1.23" for a range target such as a sex ratio at birth of 103–107 (the distance to the
 * nearer bound, "低于目标下限…" below it). Taken from the level as published (two decimals, whole
 * persons for counts), so that the reader's subtraction checks out; a miss that does not show at that
 * precision reads "略高于目标". `indicator` (its unit) defaults to the check's own (indicatorByKey).
 * Only a conclusive miss with a value has a gap: "" when the target is met, without data, withheld
 * (--min-cell blanks actual), not conclusive (its 95% interval reaches the target; a coverage above
 * 100%), or unbounded (a sex ratio at birth with no girl born).
 */
export function targetGap(check, indicator = indicatorByKey(check?.indicator)) {
  if (check?.status !== "not_met" || check.conclusive === false) return "";
  if (check.actual == null || check.actual === "" || !Number.isFinite(Number(check.actual))) return "";
  const raw = Number(check.actual);
  // The bound missed and on which side: a range target is missed at its nearer bound.
  const [bound, above, range] = check.op === "<=" ? [check.value, true, ""]
    : check.op === ">=" ? [check.value, false, ""]
      : check.op === "between" ? (raw < Number(check.value) ? [check.value, false, "下限"] : [check.value_high, true, "上限"])
        : [];
  if (bound == null || bound === "") return "";
  const published = indicator.unit === "人" ? Math.round(raw) : Number(fixed2(raw));
  const gap = Number(fixed2(above ? published - Number(bound) : Number(bound) - published));
  const words = `${above ? "高于" : "低于"}目标${range}`;
  if (!(gap > 0)) return `略${words}`;
  const size = indicator.unit === "人" ? String(Math.round(gap)) : fixed2(gap);
  switch (indicator.unit) {
    case "‰": return `${words}${size}个千分点`;
    case "%": return `${words}${size}个百分点`;
    case "元": return `${words}${size}元`;
    case "人": return `${words}${size}人`;
    default: return `${words}${size}`;
  }
}
