import {fixedDecimals} from "./fixedDecimals.ts";
import {indicatorFormats} from "./indicatorFormats.ts";
import type {TargetCheckRow} from "./types.ts";

/**
 * targetPhrase(check): the clause comparing an indicator with its target, e.g.
 * "达到不低于84.60%的目标", "未达到不高于15.00‰的目标", "达到103.00—107.00之间的目标",
 * "无数据,无法对照不低于80.00%的目标"; a check the pipeline marks as not conclusive (too few
 * events to tell) adds "(受样本量限制,尚不能确定)". Undefined without a check.
 * An op other than <=, >=, <, >, between throws, naming it.
 */
export function targetPhrase(check: TargetCheckRow | undefined): string | undefined {
  if (!check) return undefined;
  const format = indicatorFormats[check.indicator]?.format ?? ((value) => fixedDecimals(value) ?? "");
  let goal: string;
  switch (check.op) {
    case "<=":
      goal = `不高于${format(check.value)}`;
      break;
    case "<":
      goal = `低于${format(check.value)}`;
      break;
    case ">=":
      goal = `不低于${format(check.value)}`;
      break;
    case ">":
      goal = `高于${format(check.value)}`;
      break;
    case "between":
      goal = `${format(check.value)}—${format(check.value_high)}之间`;
      break;
    default:
      throw new Error(`unknown target op: ${check.op} (indicator ${check.indicator})`);
  }
  const uncertain = check.conclusive === false ? "(受样本量限制,尚不能确定)" : "";
  switch (check.status) {
    case "met":
      return `达到${goal}的目标${uncertain}`;
    case "not_met":
      return `未达到${goal}的目标${uncertain}`;
    default:
      return `无数据,无法对照${goal}的目标`;
  }
}
