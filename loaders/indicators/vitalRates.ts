import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Birth, death and natural growth rates per 1,000 of the average population (table ind_vital_rates). */
export const vitalRates: IndicatorStep = {
  id: "vitalRates",
  sql: new URL("./vitalRates.sql", import.meta.url),
  table: "ind_vital_rates",
  temporary: true,
  columns: [
    {table, name: "birth_rate", label_zh: "出生率", unit: "‰", type: "DOUBLE",
      definition: "当年出生人数 ÷ 年平均人口 × 1000;年平均人口为0时为空。"},
    {table, name: "death_rate", label_zh: "死亡率", unit: "‰", type: "DOUBLE",
      definition: "当年死亡人数 ÷ 年平均人口 × 1000;年平均人口为0时为空。"},
    {table, name: "natural_growth_rate", label_zh: "人口自然增长率", unit: "‰", type: "DOUBLE",
      definition: "(出生人数 − 死亡人数)÷ 年平均人口 × 1000;年平均人口为0时为空。"}
  ] satisfies ColumnDefinition[]
};
