import {describe, expect, test} from "vitest";
import {controlToTotal, interpolateAnnual, populationInAgeRange} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";

describe("controlToTotal", () => {
  test("controlToTotal(parts, total) makes the parts add up to the total in every cell", () => {
    const parts = [[10, 0, 3.5], [30, 2, 0.5], [0, 0, 1]];
    const total = [50, 4, 7];
    const out = controlToTotal(parts, total);
    for (let j = 0; j < total.length; ++j) assertInDelta(out.reduce((s, row) => s + row[j], 0), total[j], 1e-9);
    assertInDelta(out[0][0], 12.5, 1e-12);
    assertInDelta(out[1][0], 37.5, 1e-12);
  });

  test("controlToTotal shares an all-zero cell by row totals, and equally when all rows are zero", () => {
    assertInDelta(controlToTotal([[0, 3], [0, 1]], [8, 4]).map((r) => r[0]), [6, 2], 1e-12);
    expect(controlToTotal([[0], [0]], [6])).toEqual([[3], [3]]);
  });

  test("controlToTotal throws when a part has the wrong number of cells", () => {
    expect(() => controlToTotal([[1, 2], [1]], [1, 2])).toThrow("controlToTotal: part 1 has 1 cells, the total has 2");
  });
});

describe("interpolateAnnual", () => {
  test("interpolateAnnual(start, end) returns six linearly spaced years, both ends included", () => {
    const out = interpolateAnnual([0, 10], [5, 20]);
    expect(out).toHaveLength(6);
    assertInDelta(out[1], [1, 12], 1e-12);
    expect(out[0]).toEqual([0, 10]);
    expect(out[5]).toEqual([5, 20]);
  });
});

describe("populationInAgeRange", () => {
  const groups = Array.from({length: 18}, (_, i) => 10 * (i + 1));
  test("populationInAgeRange(groups, 6, 14) takes four fifths of 5–9 and all of 10–14", () => {
    assertInDelta(populationInAgeRange(groups, 6, 14), 0.8 * 20 + 30, 1e-12);
  });
  test("populationInAgeRange(groups, 65, 200) includes the open group; whole groups add up to the total", () => {
    assertInDelta(populationInAgeRange(groups, 65, 200), 140 + 150 + 160 + 170 + 180, 1e-12);
    assertInDelta(populationInAgeRange(groups, 0, 200), groups.reduce((a, b) => a + b, 0), 1e-12);
    expect(populationInAgeRange(groups, 80, 84)).toBe(170);
  });
});
