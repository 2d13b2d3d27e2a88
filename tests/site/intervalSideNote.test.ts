import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {intervalSideNote} from "../../src/components/intervalSideNote.js";

describe("intervalSideNote", () => {
  test("intervalSideNote(row) explains a projection at the top or the bottom of its 80% interval", () => {
    expect(intervalSideNote({population: 26230.3, lower_80: 25583, upper_80: 26230.3})).toContain("预测多数偏高");
    expect(intervalSideNote({population: 1000, lower_80: 1000, upper_80: 1100})).toContain("预测多数偏低");
  });
  test("intervalSideNote(row) says nothing for a projection inside its interval, or without one", () => {
    expect(intervalSideNote({population: 1000, lower_80: 950, upper_80: 1060})).toBe("");
    expect(intervalSideNote({population: 1000, lower_80: null, upper_80: null})).toBe("");
    expect(intervalSideNote({population: 1000, lower_80: 1000, upper_80: 1000})).toBe("");
    expect(intervalSideNote(undefined)).toBe("");
  });
});
