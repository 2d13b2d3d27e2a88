import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Women of childbearing age, general and total fertility rates (table ind_fertility). */
export const fertility: IndicatorStep = {
  id: "fertility",
  sql: new URL("./fertility.sql", import.meta.url),
  table: "ind_fertility",
  temporary: true,
  columns: [
    {table, name: "women_15_49", label_zh: "育龄妇女人数(15—49岁,年均)", unit: "人", type: "DOUBLE",
      definition: "(年初人口中1月1日满15—49周岁的女性 + 年末人口中12月31日满15—49周岁的女性)÷ 2。"},
    {table, name: "gfr", label_zh: "一般生育率", unit: "‰", type: "DOUBLE",
      definition: "当年出生人数 ÷ 育龄妇女人数(15—49岁,年均)× 1000;包括无母亲信息或母亲年龄不在15—49岁的出生;分母为0时为空。"},
    {table, name: "tfr", label_zh: "总和生育率", unit: "孩/妇女", type: "DOUBLE",
      definition: "5 × Σ(15—19 … 45—49 各年龄组:母亲生育时周岁年龄(至子女出生日已满的整岁数,生日当天满岁;2月29日出生者在平年以3月1日为生日)在该组的出生数 ÷ 该组年初与年末妇女人数的平均数);无妇女的年龄组计为0;无母亲信息或母亲年龄不在15—49岁的出生不计入;育龄妇女为0时为空。"}
  ] satisfies ColumnDefinition[]
};
