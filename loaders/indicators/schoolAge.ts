import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

/** The school-age population (6–14) at 31 December, counted from exact ages (table ind_school_age). */
export const schoolAge: IndicatorStep = {
  id: "schoolAge",
  sql: new URL("./schoolAge.sql", import.meta.url),
  table: "ind_school_age",
  temporary: true,
  columns: [
    {table: "village_year", name: "pop_6_14", label_zh: "学龄人口(6—14岁)", unit: "人", type: "INTEGER",
      definition: "年末人口中12月31日周岁年龄为6—14岁的人数,按每人的出生年份精确计数(不是由五岁年龄组推算)。人口预测页各实际年份的学龄人口即此数;预测年份的学龄人口由五岁年龄组推算(5—9岁组取五分之四)。"}
  ] satisfies ColumnDefinition[]
};
