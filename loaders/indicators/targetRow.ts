import {z} from "zod";
import {targetIndicators} from "./targetIndicators.ts";
import {unknownIndicatorMessage} from "./unknownIndicatorMessage.ts";

const opAliases: Record<string, "<=" | ">=" | "between"> = {
  "<=": "<=", "≤": "<=", "不高于": "<=",
  ">=": ">=", "≥": ">=", "不低于": ">=",
  "between": "between", "介于": "between"
};

/** A cell: trimmed text, with an empty cell read as absent. */
function cell(value: unknown): unknown {
  if (typeof value !== "string") return value ?? undefined;
  const text = value.trim();
  return text === "" ? undefined : text;
}

function numberFromCell(value: unknown): unknown {
  const v = cell(value);
  return typeof v === "string" ? Number(v) : v;
}

/**
 * One row of targets.csv (目标): a target applied to every village and TOWN in every reported year.
 * Cells may arrive as text (CSV) or numbers (XLSX); empty cells are absent.
 */
export const targetRowSchema = z.object({
  indicator: z.preprocess(cell, z.string({error: "缺少指标(indicator)"}).refine((name) => targetIndicators.includes(name), {
    error: (issue) => unknownIndicatorMessage(String(issue.input))
  })).describe("village_year 的数值列名,如 birth_rate"),
  op: z.preprocess((v) => {
    const text = cell(v);
    return typeof text === "string" ? (opAliases[text.toLowerCase()] ?? text) : text;
  }, z.enum(["<=", ">=", "between"], {error: (issue) => `比较方式“${String(issue.input)}”应为 <=、>= 或 between(invalid op)`}))
    .describe("<=(不高于)、>=(不低于)或 between(介于,含两端)"),
  value: z.preprocess(numberFromCell, z.number({error: "目标值应为数字(value must be a number)"}).finite())
    .describe("目标值,与指标同单位(如 ‰、%、元/人)"),
  value_high: z.preprocess(numberFromCell, z.number({error: "目标上限应为数字(value_high must be a number)"}).finite().optional())
    .describe("between 的上限,与指标同单位;其他比较方式不用"),
  label: z.preprocess(cell, z.string().optional()).describe("目标说明(中文);缺省时由指标名和目标值生成")
}).superRefine((row, ctx) => {
  if (row.op !== "between") return;
  if (row.value_high === undefined) {
    ctx.addIssue({code: "custom", path: ["value_high"], message: "比较方式为 between 时须给出目标上限(value_high required for between)"});
  } else if (row.value_high < row.value) {
    ctx.addIssue({code: "custom", path: ["value_high"], message: `目标上限 ${row.value_high} 小于目标值 ${row.value}(value_high below value)`});
  }
});

export type TargetRow = z.infer<typeof targetRowSchema>;
