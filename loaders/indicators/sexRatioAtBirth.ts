import type {ColumnDefinition} from "./columnDefinition.ts";
import type {IndicatorStep} from "./indicatorStep.ts";

const table = "village_year";

/** Sex ratio at birth with its 95% Wilson interval (table ind_sex_ratio_at_birth). */
export const sexRatioAtBirth: IndicatorStep = {
  id: "sexRatioAtBirth",
  sql: new URL("./sexRatioAtBirth.sql", import.meta.url),
  table: "ind_sex_ratio_at_birth",
  temporary: true,
  parameters: (options) => ({z: options.z}),
  columns: [
    {table, name: "sex_ratio_at_birth", label_zh: "出生人口性别比", unit: "女婴=100", type: "DOUBLE",
      definition: "当年出生男婴数 ÷ 出生女婴数 × 100;无女婴出生时为空。"},
    {table, name: "sex_ratio_at_birth_low", label_zh: "出生人口性别比95%区间下限", unit: "女婴=100", type: "DOUBLE",
      definition: "男婴占出生数比例 p 的 Wilson 95% 置信区间(z = 1.959964)下限 pL,换算为 pL ÷(1 − pL)× 100;无出生时为空。村级出生数少,应结合区间解读。"},
    {table, name: "sex_ratio_at_birth_high", label_zh: "出生人口性别比95%区间上限", unit: "女婴=100", type: "DOUBLE",
      definition: "同一区间的上限 pH,换算为 pH ÷(1 − pH)× 100;pH 达到1(即无女婴出生)时为空(无上限)。"}
  ] satisfies ColumnDefinition[]
};
