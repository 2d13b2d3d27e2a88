// How the site labels and formats each column of village_year (display only: the values
// themselves come from the pipeline). unit: "人" count, "‰" per mille, "%" percent,
// "比" ratio (sex ratio, 女=100), "元" yuan, "" plain number. count: the event counts a rate's
// uncertainty rests on: a rate is flagged "基数" when one of them is below minReliableCount
// (smallBase.js), and only then. stock: a year-end count, whose change
// is "比上年末…" (formatChange's stock). project: the services project whose coverage the column is
// (the pipeline's prepregnancyProject, loaders/indicators/defaults.ts), so the services page can put
// the column's target verdicts on that project's cells. average: a mean of two counts (年平均人口),
// shown exactly, whole or with its half, never rounded to a whole person (formatValue's average). sum: a
// sum of money, shown exactly without ".00" ("278134元"; per-person money keeps two decimals).
// label: the column's label_zh in the data dictionary (loaders/indicators/*.ts), so the site, the
// dictionary and the bulletin name an indicator alike (tests/publish/indicatorLabels.test.ts).
export const indicators = [
  {key: "pop_end", label: "年末常住人口", unit: "人", stock: true},
  {key: "pop_end_registered", label: "年末户籍人口", unit: "人", stock: true},
  {key: "pop_end_migrant", label: "年末流动人口", unit: "人", stock: true},
  {key: "pop_avg", label: "年平均人口", unit: "人", average: true},
  {key: "births", label: "出生人口", unit: "人"},
  {key: "deaths", label: "死亡人口", unit: "人"},
  {key: "natural_increase", label: "自然增长人口", unit: "人"},
  {key: "in_migrants", label: "迁入人口", unit: "人"},
  {key: "out_migrants", label: "迁出人口", unit: "人"},
  {key: "birth_rate", label: "出生率", unit: "‰", count: "births"},
  {key: "death_rate", label: "死亡率", unit: "‰", count: "deaths"},
  {key: "natural_growth_rate", label: "人口自然增长率", unit: "‰", count: ["births", "deaths"]},
  {key: "sex_ratio", label: "总人口性别比", unit: "比"},
  {key: "sex_ratio_at_birth", label: "出生人口性别比", unit: "比", count: "births", low: "sex_ratio_at_birth_low", high: "sex_ratio_at_birth_high"},
  {key: "policy_compliance_rate", label: "符合政策生育率", unit: "%", count: "births_policy_recorded"},
  {key: "multichild_out_of_policy_rate", label: "政策外多孩率", unit: "%", count: "births"},
  {key: "gfr", label: "一般生育率", unit: "‰", count: "births"},
  {key: "tfr", label: "总和生育率", unit: "", count: "births"},
  {key: "share_0_14", label: "0—14岁人口比重", unit: "%", count: "pop_0_14"},
  {key: "share_15_64", label: "15—64岁人口比重", unit: "%", count: "pop_15_64"},
  {key: "share_65_plus", label: "65岁及以上人口比重", unit: "%", count: "pop_65_plus"},
  {key: "share_60_plus", label: "60岁及以上人口比重", unit: "%", count: "pop_60_plus"},
  {key: "dependency_ratio", label: "总抚养比", unit: "%"},
  {key: "child_dependency_ratio", label: "少儿抚养比", unit: "%", count: "pop_0_14"},
  {key: "old_dependency_ratio", label: "老年抚养比", unit: "%", count: "pop_65_plus"},
  {key: "prepregnancy_check_coverage_rate", label: "免费孕前优生健康检查覆盖率", unit: "%", count: "prepregnancy_eligible", project: "免费孕前优生健康检查"},
  {key: "funding_yuan", label: "经费投入", unit: "元", sum: true},
  {key: "funding_per_capita", label: "人均经费投入", unit: "元"}
];
