import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatCount} from "./formatCount.ts";
import {formatPercent} from "./formatPercent.ts";
import {formatYuan} from "./formatYuan.ts";
import type {SectionContext} from "./sectionContext.ts";
import {targetPhrase} from "./targetPhrase.ts";
import type {BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/**
 * 七、计划生育: 符合政策生育率, 政策外多孩率, 免费孕前优生健康检查覆盖率 and funding per person, each with
 * its change on last year and its target from target_checks.
 */
export function sectionFamilyPlanning(context: SectionContext): BulletinSection {
  const {town, previous, targets, note} = context;
  const target = (indicator: string) => targetPhrase(targets?.get(indicator));

  const compliance = clauses(
    town.births_policy_recorded != null && town.births_policy_compliant != null
      ? `全年出生人口中,有政策符合情况登记的${formatCount(town.births_policy_recorded)},其中符合政策${formatCount(town.births_policy_compliant)}`
      : undefined,
    valueClause(`符合政策生育率${note("policy")}`, formatPercent(town.policy_compliance_rate)),
    changePhrase(town.policy_compliance_rate, previous?.policy_compliance_rate, "percent"),
    target("policy_compliance_rate")
  );
  const multichild = clauses(
    town.births_multichild_out_of_policy != null ? `政策外多孩出生${formatCount(town.births_multichild_out_of_policy)}` : undefined,
    valueClause("政策外多孩率", formatPercent(town.multichild_out_of_policy_rate)),
    changePhrase(town.multichild_out_of_policy_rate, previous?.multichild_out_of_policy_rate, "percent"),
    target("multichild_out_of_policy_rate")
  );
  const checks = clauses(
    town.prepregnancy_eligible != null && town.prepregnancy_served != null
      ? `免费孕前优生健康检查目标人群${formatCount(town.prepregnancy_eligible)},实际检查${formatCount(town.prepregnancy_served)}`
      : undefined,
    valueClause("免费孕前优生健康检查覆盖率", formatPercent(town.prepregnancy_check_coverage_rate)),
    changePhrase(town.prepregnancy_check_coverage_rate, previous?.prepregnancy_check_coverage_rate, "percent"),
    target("prepregnancy_check_coverage_rate")
  );
  const funding = clauses(
    valueClause("全年经费投入", formatYuan(town.funding_yuan), ""),
    valueClause(`按年平均常住人口计算,人均经费投入${note("funding")}`, formatYuan(town.funding_per_capita)),
    changePhrase(town.funding_per_capita, previous?.funding_per_capita, "yuan"),
    target("funding_per_capita")
  );
  return {
    number: "七",
    heading: "计划生育",
    blocks: [
      {kind: "paragraph", text: `${compliance}。${multichild}。`},
      {kind: "paragraph", text: `${checks}。${funding}。`}
    ]
  };
}
