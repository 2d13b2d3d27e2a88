import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Policy compliance rate and out-of-policy multi-child rate of the births (table ind_policy_compliance). */
export const policyCompliance: IndicatorStep = {
  id: "policyCompliance",
  sql: new URL("./policyCompliance.sql", import.meta.url),
  table: "ind_policy_compliance",
  temporary: true,
  columns: [
    {table, name: "births_policy_recorded", label_zh: "登记政策符合情况的出生数", unit: "人", type: "INTEGER",
      definition: "当年出生人数中“政策符合”登记为“是”或“否”的人数(未登记的不计;所填值无法识别的,该值未采用、按未登记处理,也不计,登记数据中有警告)。"},
    {table, name: "births_policy_compliant", label_zh: "政策内出生数", unit: "人", type: "INTEGER",
      definition: "当年出生人数中“政策符合”登记为“是”的人数。"},
    {table, name: "policy_compliance_rate", label_zh: "符合政策生育率", unit: "%", type: "DOUBLE",
      definition: "政策内出生数 ÷ 登记政策符合情况的出生数 × 100;未登记(含所填值无法识别、按未登记处理)的出生不进入分子和分母;分母为0时为空。"},
    {table, name: "births_multichild_out_of_policy", label_zh: "政策外多孩出生数", unit: "人", type: "INTEGER",
      definition: "当年出生人数中孩次不小于3且“政策符合”登记为“否”的人数;孩次或政策符合未登记(含所填值无法识别、按未登记处理)的不计入。"},
    {table, name: "multichild_out_of_policy_rate", label_zh: "政策外多孩率", unit: "%", type: "DOUBLE",
      definition: "政策外多孩出生数 ÷ 当年出生人数 × 100;孩次或政策符合未登记(含所填值无法识别)的出生计入分母、不计入分子,故为下限;无出生时为空。"}
  ] satisfies ColumnDefinition[]
};
