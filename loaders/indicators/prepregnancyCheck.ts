import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Coverage of the free pre-pregnancy health check, project name from the options (table ind_prepregnancy_check). */
export const prepregnancyCheck: IndicatorStep = {
  id: "prepregnancyCheck",
  sql: new URL("./prepregnancyCheck.sql", import.meta.url),
  table: "ind_prepregnancy_check",
  temporary: true,
  parameters: (options) => ({prepregnancy_project: options.prepregnancyProject}),
  // BIGINT, unlike the register's counts (INTEGER): these copy services' eligible and served, numbers the
  // office types in, which validation takes up to 2^53 (a typo of 3000000000 included) and TOWN sums; an
  // INTEGER cast would stop such a run with an internal error instead of publishing what was given.
  columns: [
    {table, name: "prepregnancy_eligible", label_zh: "免费孕前优生健康检查目标人数", unit: "人", type: "BIGINT",
      definition: "项目服务中项目为“免费孕前优生健康检查”的当年应服务人数;该村居当年无此项目记录时为空。"},
    {table, name: "prepregnancy_served", label_zh: "免费孕前优生健康检查已检人数", unit: "人", type: "BIGINT",
      definition: "同一记录的已服务人数;无记录时为空。"},
    {table, name: "prepregnancy_check_coverage_rate", label_zh: "免费孕前优生健康检查覆盖率", unit: "%", type: "DOUBLE",
      definition: "已服务人数 ÷ 应服务人数 × 100;全镇先加总人数再相除;应服务人数为0或无记录时为空。"}
  ] satisfies ColumnDefinition[]
};
