import {describe, expect, test} from "vitest";
import {targetPhrase} from "../../loaders/bulletin/targetPhrase.ts";
import type {TargetCheckRow} from "../../loaders/bulletin/types.ts";

const check = (given: Partial<TargetCheckRow>): TargetCheckRow => ({
  year: 2025, village_code: "TOWN", indicator: "birth_rate", op: "<=", value: 15, value_high: null, label: null,
  actual: 7.28, status: "met", conclusive: true, ...given
});

describe("targetPhrase", () => {
  test("targetPhrase(undefined) is undefined (no target, no clause)", () => {
    expect(targetPhrase(undefined)).toBeUndefined();
  });
  test("targetPhrase(check) writes the target as it was set: the indicator's unit, no trailing zeros", () => {
    expect(targetPhrase(check({}))).toBe("达到不高于15‰的目标");
    expect(targetPhrase(check({indicator: "policy_compliance_rate", op: ">=", value: 84.6, status: "not_met"}))).toBe("未达到不低于84.6%的目标");
    expect(targetPhrase(check({indicator: "funding_per_capita", op: ">=", value: 8.5}))).toBe("达到不低于8.5元的目标");
    expect(targetPhrase(check({indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107}))).toBe("达到103—107之间的目标");
    // Decimals the target was set with are kept; a measured value keeps its two (出生率为7.28‰).
    expect(targetPhrase(check({value: 12.25}))).toBe("达到不高于12.25‰的目标");
    expect(targetPhrase(check({indicator: "tfr", op: "between", value: 1.5, value_high: 2.1}))).toBe("达到1.5—2.1之间的目标");
    expect(targetPhrase(check({indicator: "natural_growth_rate", op: ">=", value: -2.5}))).toBe("达到不低于-2.5‰的目标");
  });
  test("targetPhrase(check) says when the data cannot tell", () => {
    // The sentence has already said "…无数据": the clause does not say it again.
    expect(targetPhrase(check({status: "no_data", actual: null}))).toBe("无法对照不高于15‰的目标");
    expect(targetPhrase(check({indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107, status: "not_met", conclusive: false}))).toBe(
      "未达到103—107之间的目标(受样本量限制,尚不能确定)"
    );
  });
  test("targetPhrase(check) says why a verdict is not certain", () => {
    expect(targetPhrase(check({status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"}))).toBe("未达到不高于15‰的目标(受样本量限制,尚不能确定)");
    expect(targetPhrase(check({indicator: "prepregnancy_check_coverage_rate", op: ">=", value: 80, actual: 120, conclusive: false, inconclusive_reason: "served_exceeds_eligible"}))).toBe(
      "达到不低于80%的目标(实际服务人数多于目标人群,数据待核实)"
    );
  });
  test("targetPhrase(check) gives the unrounded value when it reads the same as the target at two decimals", () => {
    // 324 of 383 = 84.5953…% prints as 84.60%, the target, yet misses it.
    expect(targetPhrase(check({indicator: "policy_compliance_rate", op: ">=", value: 84.6, actual: (324 / 383) * 100, status: "not_met"}))).toBe(
      "未达到不低于84.6%的目标(未舍入值为84.595%)"
    );
    // 10 births on an average population of 666.5 = 15.00375‰.
    expect(targetPhrase(check({actual: (10 / 666.5) * 1000, status: "not_met"}))).toBe("未达到不高于15‰的目标(未舍入值为15.004‰)");
    // A band is judged against its nearer end; exactly on the target needs nothing more.
    expect(targetPhrase(check({indicator: "sex_ratio_at_birth", op: "between", value: 103, value_high: 107, actual: 107.004, status: "not_met"}))).toBe(
      "未达到103—107之间的目标(未舍入值为107.004)"
    );
    expect(targetPhrase(check({actual: 15}))).toBe("达到不高于15‰的目标");
    expect(targetPhrase(check({actual: 14.99}))).toBe("达到不高于15‰的目标");
  });
  test("targetPhrase(check) gives the unrounded value and the doubt in one bracket, never two in a row", () => {
    // The small village register's 2024: 10 births on 666.5 people, a verdict too small to be sure of.
    expect(targetPhrase(check({actual: (10 / 666.5) * 1000, status: "not_met", conclusive: false, inconclusive_reason: "small_numbers"}))).toBe(
      "未达到不高于15‰的目标(未舍入值为15.004‰;受样本量限制,尚不能确定)"
    );
  });
  test("targetPhrase(check with an unknown op) throws, naming it", () => {
    expect(() => targetPhrase(check({op: "~"}))).toThrow("unknown target op: ~ (indicator birth_rate)");
  });
});
