import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {schoolAgeBreakNote} from "../../src/components/schoolAgeBreakNote.js";

const projected = {year: 2026, observed: false, school_age_exact: false, school_age_6_14: 2237.1, school_age_6_14_estimated: 2237.1};

describe("schoolAgeBreakNote", () => {
  test("schoolAgeBreakNote(series) gives the base year on the projected years' footing, and how far it is from the register's count, in whole persons as the page prints them", () => {
    const base = {year: 2025, observed: true, school_age_exact: true, school_age_6_14: 2348, school_age_6_14_estimated: 2305.2};
    expect(schoolAgeBreakNote([base, projected])).toBe("按预测年份的推算方法,2025年学龄人口为2305人,比实际数少43人;2025年与预测年份比较时,应以这个同口径的数为准。");
    expect(schoolAgeBreakNote([{...base, school_age_6_14_estimated: 2350.5}, projected])).toContain("学龄人口为2351人,比实际数多3人");
  });

  test("schoolAgeBreakNote(series) says nothing when the base year is itself estimated, the two agree, or there is no base year", () => {
    expect(schoolAgeBreakNote([{year: 2025, observed: true, school_age_exact: false, school_age_6_14: 2305.2, school_age_6_14_estimated: 2305.2}, projected])).toBe("");
    expect(schoolAgeBreakNote([{year: 2025, observed: true, school_age_exact: true, school_age_6_14: 2305, school_age_6_14_estimated: 2305.04}])).toBe("");
    expect(schoolAgeBreakNote([projected])).toBe("");
    expect(schoolAgeBreakNote([])).toBe("");
  });
});
