import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Births, deaths and migration of the year (table ind_events). */
export const events: IndicatorStep = {
  id: "events",
  sql: new URL("./events.sql", import.meta.url),
  table: "ind_events",
  temporary: true,
  columns: [
    {table, name: "births", label_zh: "出生人口", unit: "人", type: "INTEGER",
      definition: "当年在该村居出生登记的人数:起始原因为“出生”、起始日期在当年的居住登记数。"},
    {table, name: "births_male", label_zh: "出生男婴数", unit: "人", type: "INTEGER",
      definition: "当年出生人数中的男婴数。"},
    {table, name: "births_female", label_zh: "出生女婴数", unit: "人", type: "INTEGER",
      definition: "当年出生人数中的女婴数。"},
    {table, name: "deaths", label_zh: "死亡人口", unit: "人", type: "INTEGER",
      definition: "当年在该村居死亡的人数:终止原因为“死亡”、终止日期在当年的居住登记数。"},
    {table, name: "natural_increase", label_zh: "自然增长人口", unit: "人", type: "INTEGER",
      definition: "出生人数 − 死亡人数。"},
    {table, name: "in_migrants", label_zh: "迁入人口", unit: "人", type: "INTEGER",
      definition: "起始原因为“迁入”、起始日期在当年的居住登记数。同一人同一日期一条登记以“迁出”终止、另一条登记以“迁入”起始,为镇内迁移:迁出村和迁入村都计入,全镇(TOWN)不计;同一条登记当天迁入又当天迁出(只住一天),是一次迁入本镇和一次迁出本镇,全镇也计入。"},
    {table, name: "out_migrants", label_zh: "迁出人口", unit: "人", type: "INTEGER",
      definition: "终止原因为“迁出”、终止日期在当年的居住登记数。镇内迁移(见迁入人数)两村都计入,全镇(TOWN)不计。年末人口 = 年初人口 + 出生 − 死亡 + 迁入 − 迁出。"}
  ] satisfies ColumnDefinition[]
};
