import {fixedDecimals} from "./fixedDecimals.ts";
import {indicatorFormats, type IndicatorFormat} from "./indicatorFormats.ts";
import {setFigure} from "./setFigure.ts";
import type {TargetCheckRow} from "./types.ts";

/**
 * targetPhrase(check): the clause comparing an indicator with its target, e.g.
 * "达到不低于84.6%的目标", "未达到不高于15‰的目标", "达到103—107之间的目标",
 * "无法对照不低于80%的目标" (after the sentence has said the value is 无数据). A target is a set figure, so it
 * is written as it was set, without trailing zeros (setFigure); measured values keep two decimals.
 * A check the pipeline marks as not conclusive says why:
 * "(受样本量限制,尚不能确定)" (too few events to tell) or "(实际服务人数多于目标人群,数据待核实)".
 * When the value, printed to two decimals, reads the same as the target it is judged against, the
 * unrounded value is given: "出生率为15.00‰ … 未达到不高于15‰的目标(未舍入值为15.004‰)"; with a doubt as well, both
 * share one bracket: "(未舍入值为15.004‰;受样本量限制,尚不能确定)", never two brackets in a row.
 * Undefined without a check. An op other than <=, >=, <, >, between throws, naming it.
 */
export function targetPhrase(check: TargetCheckRow | undefined): string | undefined {
  if (!check) return undefined;
  const format: IndicatorFormat = indicatorFormats[check.indicator]?.format ?? ((value, {digits = 2} = {}) => fixedDecimals(value, digits) ?? "");
  const target = (value: number | null) => setFigure(format, value);
  let goal: string;
  switch (check.op) {
    case "<=":
      goal = `不高于${target(check.value)}`;
      break;
    case "<":
      goal = `低于${target(check.value)}`;
      break;
    case ">=":
      goal = `不低于${target(check.value)}`;
      break;
    case ">":
      goal = `高于${target(check.value)}`;
      break;
    case "between":
      goal = `${target(check.value)}—${target(check.value_high)}之间`;
      break;
    default:
      throw new Error(`unknown target op: ${check.op} (indicator ${check.indicator})`);
  }
  const uncertain = check.conclusive === false ? (doubts[check.inconclusive_reason ?? "small_numbers"] ?? doubts.small_numbers) : undefined;
  const remarks = [unroundedValue(check, format), uncertain].filter((part): part is string => part !== undefined);
  const bracket = remarks.length > 0 ? `(${remarks.join(";")})` : "";
  switch (check.status) {
    case "met":
      return `达到${goal}的目标${bracket}`;
    case "not_met":
      return `未达到${goal}的目标${bracket}`;
    default:
      return `无法对照${goal}的目标`;
  }
}

/** Why a verdict is not certain (target_checks.inconclusive_reason), as the bulletin says it. */
const doubts: Record<string, string> = {
  small_numbers: "受样本量限制,尚不能确定",
  served_exceeds_eligible: "实际服务人数多于目标人群,数据待核实"
};

/** Most decimals shown to tell a value from its target. */
const maxDigits = 8;

/**
 * "未舍入值为15.004‰" when the value and the bound it is judged against read the same at two
 * decimals but differ, so that "15.00‰ … 未达到不高于15‰的目标" does not look like a contradiction;
 * undefined otherwise.
 */
function unroundedValue(check: TargetCheckRow, format: IndicatorFormat): string | undefined {
  const {actual, value, value_high: high} = check;
  if (actual == null || value == null || !Number.isFinite(actual)) return undefined;
  // A band is judged against its nearer end.
  const bound = check.op === "between" && high != null && Math.abs(actual - high) < Math.abs(actual - value) ? high : value;
  if (actual === bound || format(actual) !== format(bound)) return undefined;
  for (let digits = 3; digits <= maxDigits; digits++) {
    if (format(actual, {digits}) !== format(bound, {digits})) return `未舍入值为${format(actual, {digits})}`;
  }
  return undefined;
}
