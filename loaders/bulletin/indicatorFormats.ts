import {fixedDecimals} from "./fixedDecimals.ts";
import {formatPercent} from "./formatPercent.ts";
import {formatPerMille} from "./formatPerMille.ts";
import {formatSexRatio} from "./formatSexRatio.ts";
import {formatYuan} from "./formatYuan.ts";
import {noData} from "./noData.ts";

/** Formats a value in the bulletin's style, with `digits` decimals (default 2). */
export type IndicatorFormat = (value: number | null | undefined, options?: {digits?: number}) => string;

/** Chinese name and formatter of every indicator a target can be set on (village_year column names). */
export const indicatorFormats: Record<string, {label: string; format: IndicatorFormat}> = {
  birth_rate: {label: "出生率", format: formatPerMille},
  death_rate: {label: "死亡率", format: formatPerMille},
  natural_growth_rate: {label: "人口自然增长率", format: formatPerMille},
  gfr: {label: "一般生育率", format: formatPerMille},
  tfr: {label: "总和生育率", format: (value, {digits = 2} = {}) => fixedDecimals(value, digits) ?? noData},
  sex_ratio: {label: "总人口性别比", format: formatSexRatio},
  sex_ratio_at_birth: {label: "出生人口性别比", format: formatSexRatio},
  policy_compliance_rate: {label: "符合政策生育率", format: formatPercent},
  multichild_out_of_policy_rate: {label: "政策外多孩率", format: formatPercent},
  prepregnancy_check_coverage_rate: {label: "免费孕前优生健康检查覆盖率", format: formatPercent},
  funding_per_capita: {label: "人均经费投入", format: formatYuan},
  share_60_plus: {label: "60岁及以上人口比重", format: formatPercent},
  share_65_plus: {label: "65岁及以上人口比重", format: formatPercent}
};
