// Each status's mark and word: the mark alone labels a chart, the two make the badge.
const marks = {met: ["✓", "达标"], not_met: ["✗", "未达标"], no_data: ["—", "无数据"], withheld: ["—", "不公布"]};

// Why a verdict is not certain (target_checks.inconclusive_reason): the badge's word and its tooltip.
// small_numbers is the pipeline's name for a 95% interval reaching both sides of the target: on a small
// base or on a large one whose value lies near the target (the town's coverage 84.77% of 256 against
// 80%). It is not the small-base flag "基数N" (smallBase.js), which marks fewer than 20 people only.
const doubts = {
  small_numbers: ["尚不能确定", "95%区间跨越目标两侧:与目标之差在随机波动范围内,达标与否尚不能确定"],
  served_exceeds_eligible: ["数据待核", "已服务人数多于应服务人数,数据待核实"]
};

/**
 * targetVerdict(check) is what a target_checks row says, in words: {status, mark, word, doubt, text,
 * why, title, inconclusive}. mark "✓", "✗" or "—"; word "达标", "未达标", "无数据" or "不公布"; doubt: why a
 * verdict is not certain (conclusive = false), "尚不能确定" (the 95% interval crosses the target, as
 * the bulletin says it) or "数据待核" (more served than eligible), else ""; why: that doubt explained,
 * else undefined; text the three together, "✗ 未达标(尚不能确定)". A blank status is a verdict withheld
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
    why,
    title: [check.label, why, withheld].filter(Boolean).join(";"),
    inconclusive
  };
}
