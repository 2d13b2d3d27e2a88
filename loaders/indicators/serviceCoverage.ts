import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "services";

/** Output table service_coverage (written as services.csv): coverage per year, village and project. */
export const serviceCoverage: IndicatorStep = {
  id: "serviceCoverage",
  sql: new URL("./serviceCoverage.sql", import.meta.url),
  table: "service_coverage",
  temporary: false,
  columns: [
    {table, name: "year", label_zh: "年份", unit: "年", type: "INTEGER",
      definition: "项目服务登记的年份(登记中出现的每一年)。"},
    {table, name: "village_code", label_zh: "村居代码", unit: "—", type: "VARCHAR",
      definition: "村(社区)代码;TOWN 为全镇各村同一项目人数之和。"},
    {table, name: "project", label_zh: "项目", unit: "—", type: "VARCHAR",
      definition: "服务项目名称,如“免费孕前优生健康检查”。"},
    {table, name: "eligible", label_zh: "应服务人数", unit: "人", type: "BIGINT",
      definition: "当年该村居该项目的应服务人数(同一年份、村居、项目的多行相加)。"},
    {table, name: "served", label_zh: "已服务人数", unit: "人", type: "BIGINT",
      definition: "当年该村居该项目的已服务人数。"},
    {table, name: "coverage_rate", label_zh: "服务覆盖率", unit: "%", type: "DOUBLE",
      definition: "已服务人数 ÷ 应服务人数 × 100;全镇先加总人数再相除;应服务人数为0时为空。"}
  ] satisfies ColumnDefinition[]
};
