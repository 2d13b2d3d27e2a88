import {indicatorDefinitions} from "../indicators/dataDictionary.ts";
import {projectionColumns} from "../projections/projectionColumns.ts";

/** One row of data_dictionary.csv. */
export interface DictionaryEntry {
  /** The published dataset (file name without extension). */
  dataset: string;
  name: string;
  label_zh: string;
  definition: string;
  unit: string;
  type: string;
}

const targetChecks: Omit<DictionaryEntry, "dataset">[] = [
  {name: "year", label_zh: "年份", definition: "公历年份", unit: "年", type: "INTEGER"},
  {name: "village_code", label_zh: "村居代码", definition: "村居代码;TOWN 为全镇合计", unit: "—", type: "VARCHAR"},
  {name: "indicator", label_zh: "指标", definition: "所检查的 village_year 列名", unit: "—", type: "VARCHAR"},
  {name: "op", label_zh: "比较方式", definition: "<= 不高于目标值;>= 不低于目标值;between 介于目标值与上限之间(含两端)", unit: "—", type: "VARCHAR"},
  {name: "value", label_zh: "目标值", definition: "目标值(between 时为下限),与指标同单位", unit: "与指标相同", type: "DOUBLE"},
  {name: "value_high", label_zh: "目标上限", definition: "between 的上限;其他比较方式为空", unit: "与指标相同", type: "DOUBLE"},
  {name: "label", label_zh: "目标说明", definition: "目标的中文说明,来自 targets.csv 或默认目标", unit: "—", type: "VARCHAR"},
  {name: "actual", label_zh: "实际值", definition: "该村居该年份的指标值(village_year 中同名列)", unit: "与指标相同", type: "DOUBLE"},
  {name: "status", label_zh: "达标情况", definition: "met 达标;not_met 未达标;no_data 指标无值(分母为0)。出生人口性别比有男婴出生而无女婴时 actual 为空,按无穷大判定(不是 no_data)。用 --min-cell 留空的指标值(少于N人的人数、为使其无法由合计推算而一并留空的人数,及由这些人数算出的比率),其 actual、status、conclusive、inconclusive_reason 一并留空(达标与否会透露被留空的人数)", unit: "—", type: "VARCHAR"},
  {
    name: "conclusive", label_zh: "结论是否确定",
    definition: "指标的95%区间是否整体落在达标(或未达标)一侧:出生率、死亡率等按出生/死亡人数的泊松区间(Byar 近似),比例按 Wilson 区间,出生人口性别比按其区间列;计数与经费视为精确;总和生育率无区间模型,为空;no_data 时为空;覆盖率超过100%(已服务人数多于应服务人数,属数据错误)时为 false。小村居的达标判断常常不确定,应结合区间阅读。",
    unit: "—", type: "BOOLEAN"
  },
  {
    name: "inconclusive_reason", label_zh: "结论不确定的原因",
    definition: "conclusive 为 false 时的原因:small_numbers 95%区间跨越目标两侧,即与目标之差在随机波动范围内(基数小时常见,基数大而数值接近目标时也会如此,如覆盖率84.77%、应服务256人对目标80%,网站和公报称“尚不能确定”);served_exceeds_eligible 已服务人数多于应服务人数(数据待核实);其余为空",
    unit: "—", type: "VARCHAR"
  }
];

/** Every column of every published dataset, with one written definition each. */
export const dataDictionary: readonly DictionaryEntry[] = [
  ...indicatorDefinitions.map(({table, ...column}) => ({dataset: table, ...column})),
  ...targetChecks.map((column) => ({dataset: "target_checks", ...column})),
  ...projectionColumns
];
