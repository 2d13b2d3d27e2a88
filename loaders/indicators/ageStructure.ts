import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Broad age groups, their shares and the dependency ratios at 31 December (table ind_age_structure). */
export const ageStructure: IndicatorStep = {
  id: "ageStructure",
  sql: new URL("./ageStructure.sql", import.meta.url),
  table: "ind_age_structure",
  temporary: true,
  columns: [
    {table, name: "pop_0_14", label_zh: "0—14岁人口", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为0—14岁的人数。"},
    {table, name: "pop_15_64", label_zh: "15—64岁人口", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为15—64岁的人数。"},
    {table, name: "pop_65_plus", label_zh: "65岁及以上人口", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为65岁及以上的人数。"},
    {table, name: "pop_15_59", label_zh: "15—59岁人口", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为15—59岁的人数。"},
    {table, name: "pop_60_plus", label_zh: "60岁及以上人口", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为60岁及以上的人数。"},
    {table, name: "share_0_14", label_zh: "0—14岁人口比重", unit: "%", type: "DOUBLE",
      definition: "0—14岁人口 ÷ 年末人口 × 100;年末人口为0时为空。"},
    {table, name: "share_15_64", label_zh: "15—64岁人口比重", unit: "%", type: "DOUBLE",
      definition: "15—64岁人口 ÷ 年末人口 × 100;年末人口为0时为空。"},
    {table, name: "share_65_plus", label_zh: "65岁及以上人口比重", unit: "%", type: "DOUBLE",
      definition: "65岁及以上人口 ÷ 年末人口 × 100;年末人口为0时为空。"},
    {table, name: "share_60_plus", label_zh: "60岁及以上人口比重", unit: "%", type: "DOUBLE",
      definition: "60岁及以上人口 ÷ 年末人口 × 100;年末人口为0时为空。"},
    {table, name: "dependency_ratio", label_zh: "总抚养比", unit: "%", type: "DOUBLE",
      definition: "(0—14岁人口 + 65岁及以上人口)÷ 15—64岁人口 × 100;15—64岁人口为0时为空。"},
    {table, name: "child_dependency_ratio", label_zh: "少儿抚养比", unit: "%", type: "DOUBLE",
      definition: "0—14岁人口 ÷ 15—64岁人口 × 100;15—64岁人口为0时为空。"},
    {table, name: "old_dependency_ratio", label_zh: "老年抚养比", unit: "%", type: "DOUBLE",
      definition: "65岁及以上人口 ÷ 15—64岁人口 × 100;15—64岁人口为0时为空。"}
  ] satisfies ColumnDefinition[]
};
