import {formatValue} from "./formatValue.js";
import {withVerdict} from "./withVerdict.js";

/**
 * coverageCaption(rows, {year, target, check}) is the coverage heat map's caption: the year and, when
 * the targeted project has a target (target, the town's target_checks row, with its label), the target
 * and the villages that missed it, each with its coverage and verdict in words ("未达标的有:
 * 东山村70.00%(未达标,低于目标10.00个百分点)"), or "无未达标的村(社区)". rows are services.csv rows of
 * the year with village_label; check(row) gives a row's target check (none for other projects); the
 * town's row (TOWN) is never listed.
 */
export function coverageCaption(rows, {year, target, check = () => undefined} = {}) {
  const missed = rows.filter((d) => d.village_code !== "TOWN" && check(d)?.status === "not_met");
  const misses = missed.length ? `未达标的有:${missed.map((d) => withVerdict(`${d.village_label}${formatValue(d.coverage_rate, "%")}`, check(d))).join(",")}` : "无未达标的村(社区)";
  return `${year}年各村(社区)各服务项目覆盖率。${target?.label ? `目标${target.label},${misses}。` : ""}`;
}
