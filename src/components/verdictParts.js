import {targetGap} from "./targetGap.js";
import {targetVerdict} from "./targetVerdict.js";

/**
 * verdictParts(check) is a target verdict (a target_checks row) as printed text, which needs no colour
 * to be read (paper may be black and white): {mark, doubt, text}.
 * - mark: the symbol alone, "✓", "✗" or "—" (no data, or withheld);
 * - doubt: why a verdict is not certain, "尚不能确定" or "数据待核" (targetVerdict), else "";
 * - text: the verdict in words, "✗ 未达标,低于目标0.19元" (a conclusive miss with by how much: targetGap),
 *   "✗ 未达标(尚不能确定)" (an uncertain one keeps its reason), "✓ 达标".
 * No check: undefined.
 */
export function verdictParts(check) {
  if (!check) return undefined;
  const {mark, doubt, text} = targetVerdict(check);
  return {mark, doubt, text: [text, targetGap(check)].filter(Boolean).join(",")};
}
