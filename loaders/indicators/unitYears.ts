import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** The grid of units (villages and TOWN) × reported years (table ind_unit_years). */
export const unitYears: IndicatorStep = {
  id: "unitYears",
  sql: new URL("./unitYears.sql", import.meta.url),
  table: "ind_unit_years",
  temporary: true,
  parameters: (options) => ({town_name: options.townName}),
  columns: [
    {table, name: "year", label_zh: "年份", unit: "年", type: "INTEGER",
      definition: "统计年度(公历年)。只报告登记覆盖全年的年份:登记起始日不晚于当年1月1日,且提取日不早于当年12月31日。"},
    {table, name: "village_code", label_zh: "村居代码", unit: "—", type: "VARCHAR",
      definition: "村(社区)代码;TOWN 表示全镇合计(由人数相加后再计算比率,不是各村比率的平均)。"},
    {table, name: "village_name", label_zh: "村居名称", unit: "—", type: "VARCHAR",
      definition: "村(社区)名称;TOWN 行为提取说明中的地区名,未给出时为“全镇”。"},
    {table, name: "village_type", label_zh: "类型", unit: "—", type: "VARCHAR",
      definition: "village = 村,community = 社区,town = 全镇合计行;未登记时为空,所填类型无法识别时也为空(该值未采用,村居及其人口照常计入,登记数据中有警告)。"}
  ] satisfies ColumnDefinition[]
};
