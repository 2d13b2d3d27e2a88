import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "age_sex";

/** Output table age_sex: population at 31 December by sex and five-year age group, zeros included. */
export const ageSex: IndicatorStep = {
  id: "ageSex",
  sql: new URL("./ageSex.sql", import.meta.url),
  table: "age_sex",
  temporary: false,
  columns: [
    {table, name: "year", label_zh: "年份", unit: "年", type: "INTEGER",
      definition: "统计年度;人口为当年12月31日末的年末人口。"},
    {table, name: "village_code", label_zh: "村居代码", unit: "—", type: "VARCHAR",
      definition: "村(社区)代码;TOWN 表示全镇。"},
    {table, name: "sex", label_zh: "性别", unit: "—", type: "VARCHAR",
      definition: "M = 男,F = 女。"},
    {table, name: "age_group", label_zh: "年龄组", unit: "岁", type: "VARCHAR",
      definition: "12月31日的周岁年龄所在五岁组:0-4、5-9、…、80-84、85+(含两端)。"},
    {table, name: "population", label_zh: "人口数", unit: "人", type: "INTEGER",
      definition: "年末人口中该性别、该年龄组的人数;无人时为0。各组之和等于年末人口。"}
  ] satisfies ColumnDefinition[]
};
