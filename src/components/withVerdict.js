import {targetGap} from "./targetGap.js";
import {targetVerdict} from "./targetVerdict.js";

/**
 * withVerdict(text, check, {short}) is a chart label or caption item with the pipeline's verdict on its
 * target (a target_checks row): "青石社区8.31元(未达标,低于目标0.19元)", a miss with its gap
 * (targetGap), or with `short` the symbol alone, "青石社区 ✗" (an axis label); a doubtful verdict keeps
 * its reason and has no gap, "(未达标,尚不能确定)". Without a check, `text` as it is. With the colour of
 * the mark (targetFill), the verdict is never told by colour alone.
 */
export function withVerdict(text, check, {short = false} = {}) {
  if (!check) return text;
  const {mark, word, doubt} = targetVerdict(check);
  if (short) return `${text} ${mark}`;
  // Inside the brackets a doubt follows its word: "未达标,尚不能确定".
  return `${text}(${[word, doubt, targetGap(check)].filter(Boolean).join(",")})`;
}
