import type {TargetRow} from "./targetRow.ts";

/** Targets checked when the extract has no targets.csv. */
export const defaultTargets: readonly TargetRow[] = [
  {indicator: "birth_rate", op: "<=", value: 15, label: "出生率不高于15‰"},
  {indicator: "natural_growth_rate", op: "<=", value: 8, label: "人口自然增长率不高于8‰"},
  {indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107, label: "出生人口性别比在103—107之间"},
  {indicator: "policy_compliance_rate", op: ">=", value: 84.6, label: "符合政策生育率不低于84.6%"},
  {indicator: "multichild_out_of_policy_rate", op: "<=", value: 2.4, label: "政策外多孩率不高于2.4%"},
  {indicator: "prepregnancy_check_coverage_rate", op: ">=", value: 80, label: "免费孕前优生健康检查覆盖率不低于80%"},
  {indicator: "funding_per_capita", op: ">=", value: 8.5, label: "人均经费投入不低于8.5元"}
];
