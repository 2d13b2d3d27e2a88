import {describe, expect, test} from "vitest";
import {targetIndicators} from "../../loaders/indicators/targetIndicators.ts";
import {targetRowSchema} from "../../loaders/indicators/targetRow.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";

const messages = (input: unknown) => {
  const result = targetRowSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("targetRowSchema", () => {
  test("targetIndicators are the numeric columns of village_year", () => {
    expect(targetIndicators).toContain("birth_rate");
    expect(targetIndicators).toContain("funding_per_capita");
    expect(targetIndicators).toContain("pop_end");
    for (const name of ["year", "village_code", "village_name", "village_type"]) expect(targetIndicators).not.toContain(name);
  });

  test("targetRowSchema.parse(row) reads CSV text cells: trims, reads numbers, treats empty cells as absent", () => {
    expect(targetRowSchema.parse({indicator: " birth_rate ", op: "<=", value: " 15 ", value_high: "", label: ""}))
      .toEqual({indicator: "birth_rate", op: "<=", value: 15});
    expect(targetRowSchema.parse({indicator: "sex_ratio_at_birth", op: "between", value: "103", value_high: "107", label: "出生人口性别比正常"}))
      .toEqual({indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107, label: "出生人口性别比正常"});
    // Chinese and symbol forms of the comparison are accepted.
    expect(targetRowSchema.parse({indicator: "gfr", op: "≥", value: 40}).op).toBe(">=");
    expect(targetRowSchema.parse({indicator: "gfr", op: "不高于", value: 40}).op).toBe("<=");
  });

  test("targetRowSchema.safeParse(row) lists the valid indicators when the one given is unknown", () => {
    const [message] = messages({indicator: "birthrate", op: "<=", value: 15});
    for (const name of ["birth_rate", "multichild_out_of_policy_rate", "funding_per_capita", "pop_end"]) expect(message).toContain(`${name}、`.replace(/、$/, ""));
    expect(message!.split(":").at(-1)!.replace(/\(.*$/, "").split("、")).toEqual([...targetIndicators]);
  });

  test("targetRowSchema.safeParse(row) names the problem in Chinese", () => {
    expect(messages({indicator: "village_name", op: "<=", value: 1})).toEqual([
      `指标“village_name”不是 village_year 的数值列(unknown indicator);可用的指标:${targetIndicators.join("、")}(含义见数据字典 village_year)`
    ]);
    expect(messages({indicator: "birth_rate", op: "<", value: 1})).toEqual(["比较方式“<”应为 <=、>= 或 between(invalid op)"]);
    expect(messages({indicator: "birth_rate", op: "<=", value: "十五"})).toEqual(["目标值应为数字(value must be a number)"]);
    expect(messages({indicator: "birth_rate", op: "between", value: 1})).toEqual(["比较方式为 between 时须给出目标上限(value_high required for between)"]);
    expect(messages({indicator: "birth_rate", op: "between", value: 5, value_high: 3})).toEqual(["目标上限 3 小于目标值 5(value_high below value)"]);
  });

  test("targetRowSchema writes half-width punctuation after Chinese text in every message and column description", () => {
    const bad = [
      {op: "<=", value: 1},
      {indicator: "birthrate", op: "<=", value: 1},
      {indicator: "birth_rate", op: "=", value: 1},
      {indicator: "birth_rate", op: "<=", value: "x"},
      {indicator: "birth_rate", op: "between", value: 1, value_high: "x"},
      {indicator: "birth_rate", op: "between", value: 1},
      {indicator: "birth_rate", op: "between", value: 5, value_high: 3}
    ];
    const all = bad.flatMap(messages);
    expect(all).toHaveLength(bad.length);
    expect(all).toContain("缺少指标(indicator)");
    expect(all).toContain("目标上限应为数字(value_high must be a number)");
    const descriptions = Object.values(targetRowSchema.shape).map((field) => field.description ?? "");
    expect(descriptions).toContain("<=(不高于)、>=(不低于)或 between(介于,含两端)");
    for (const text of [...all, ...descriptions]) expect(fullWidthPunctuation(text), text).toEqual([]);
  });
});
