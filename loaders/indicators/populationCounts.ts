import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Population at the start and end of the year, its splits, average and sex ratio (table ind_population_counts). */
export const populationCounts: IndicatorStep = {
  id: "populationCounts",
  sql: new URL("./populationCounts.sql", import.meta.url),
  table: "ind_population_counts",
  temporary: true,
  columns: [
    {table, name: "pop_start", label_zh: "年初人口", unit: "人", type: "INTEGER",
      definition: "当年1月1日在该村居居住的人数(户籍与流动人口合计):起始日期早于1月1日或起始原因为“期初”,且无终止日期或终止日期不早于1月1日的居住登记数。"},
    {table, name: "pop_end", label_zh: "年末常住人口", unit: "人", type: "INTEGER",
      definition: "当年12月31日末在该村居居住的人数(户籍与流动人口合计):起始日期不晚于12月31日,且无终止日期或终止日期晚于12月31日的居住登记数。"},
    {table, name: "pop_end_registered", label_zh: "年末户籍人口", unit: "人", type: "INTEGER",
      definition: "年末人口中户籍类型为“户籍”的人数。"},
    {table, name: "pop_end_migrant", label_zh: "年末流动人口", unit: "人", type: "INTEGER",
      definition: "年末人口中户籍类型为“流动”的人数。"},
    {table, name: "pop_end_male", label_zh: "年末男性人口", unit: "人", type: "INTEGER",
      definition: "年末人口中的男性人数。"},
    {table, name: "pop_end_female", label_zh: "年末女性人口", unit: "人", type: "INTEGER",
      definition: "年末人口中的女性人数。"},
    {table, name: "pop_avg", label_zh: "年平均人口", unit: "人", type: "DOUBLE",
      definition: "(年初人口 + 年末人口)÷ 2,为整数或以 .5 结尾(如 27341.5);按原值发布和显示,不取整,出生率、死亡率、人均经费等均以此原值为分母。"},
    {table, name: "sex_ratio", label_zh: "总人口性别比", unit: "女性=100", type: "DOUBLE",
      definition: "年末男性人口 ÷ 年末女性人口 × 100;年末女性人口为0时为空。"}
  ] satisfies ColumnDefinition[]
};
