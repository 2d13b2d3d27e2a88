import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Funding and funding per head of the average population (table ind_funding). */
export const funding: IndicatorStep = {
  id: "funding",
  sql: new URL("./funding.sql", import.meta.url),
  table: "ind_funding",
  temporary: true,
  columns: [
    {table, name: "funding_yuan", label_zh: "经费投入", unit: "元", type: "DOUBLE",
      definition: "当年记入该村居的经费金额之和;全镇(TOWN)为当年全部经费,含未落到村居的镇级经费。提取数据中没有经费文件时为空;有经费文件(即使没有行)而该村居当年无记录时为0。"},
    {table, name: "funding_per_capita", label_zh: "人均经费投入", unit: "元/人", type: "DOUBLE",
      definition: "经费投入 ÷ 年平均人口;无经费数据或年平均人口为0时为空。"}
  ] satisfies ColumnDefinition[]
};
