import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {emptyBaseNote} from "../../src/components/emptyBaseNote.js";

describe("emptyBaseNote", () => {
  test("emptyBaseNote(totals, {name, baseYear}) of an area with nobody in the base year says it is projected as 0 and why", () => {
    const totals = [2025, 2026, 2030].map((year) => ({year, population: 0, lower_80: 0, upper_80: year === 2025 ? 0 : 0.1}));
    expect(emptyBaseNote(totals, {name: "坑口村", baseYear: 2025})).toBe(
      "坑口村2025年末无人,预测各年均为0人:预测只能从现有的人口推算,以后若有人迁入(新设、安置等),预测无从预见;区间上限只反映同等规模村居在回测中出现过的误差。"
    );
  });

  test("emptyBaseNote(totals, {name, baseYear}) says nothing of an area with people in the base year, or without its base year", () => {
    expect(emptyBaseNote([{year: 2025, population: 23}, {year: 2030, population: 0}], {name: "小岙村", baseYear: 2025})).toBe("");
    expect(emptyBaseNote([{year: 2026, population: 0}], {name: "小岙村", baseYear: 2025})).toBe("");
    expect(emptyBaseNote([], {name: "小岙村", baseYear: 2025})).toBe("");
    expect(emptyBaseNote(undefined, {name: "小岙村", baseYear: 2025})).toBe("");
  });
});
