// Each status's mark and word: the mark alone labels a chart, the two make the badge.
const marks = {met: ["✓", "达标"], not_met: ["✗", "未达标"], no_data: ["—", "无数据"], withheld: ["—", "不公布"]};

// Why a verdict is not certain (target_checks.inconclusive_reason): the badge's word and its tooltip.
const doubts = {
  small_numbers: ["样本小", "基数较小,结论不稳定"],
  served_exceeds_eligible: ["数据待核", "已服务人数多于应服务人数,数据待核实"]
};

/**
 * targetVerdict(check) is what a target_checks row says, in words: {status, mark, word, doubt, text,
 * title, inconclusive}. mark "✓", "✗" or "—"; word "达标", "未达标", "无数据" or "不公布"; doubt: why a verdict
 * is not certain (conclusive = false), "样本小" (too small a base) or "数据待核" (more served than
 * eligible), else ""; text the three together, "✗ 未达标(样本小)". A blank status is a verdict withheld
 * with its value (--min-cell): "不公布".
 */
export function targetVerdict(check) {
  const status = check.status ?? "withheld";
  const inconclusive = check.conclusive === false && status !== "no_data" && status !== "withheld";
  const [doubt, why] = inconclusive ? (doubts[check.inconclusive_reason] ?? doubts.small_numbers) : ["", undefined];
  const withheld = status === "withheld" ? "人数过少或可用于推算过少的人数,不予公布" : undefined;
  const [mark, word] = marks[status] ?? [status, ""];
  return {
    status,
    mark,
    word,
    doubt,
    text: [mark, word].filter(Boolean).join(" ") + (doubt ? `(${doubt})` : ""),
    title: [check.label, why, withheld].filter(Boolean).join(";"),
    inconclusive
  };
}
