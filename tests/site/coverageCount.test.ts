import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {coverageCount} from "../../src/components/coverageCount.js";

describe("coverageCount", () => {
  test("coverageCount(share, n) gives the hits out of n and a whole percentage", () => {
    // projection_accuracy rounds shares to 0.001: 8 of 9 is 0.889.
    expect(coverageCount(0.889, 9)).toBe("8/9(89%)");
    expect(coverageCount(1, 45)).toBe("45/45(100%)");
    expect(coverageCount(0, 6)).toBe("0/6(0%)");
    expect(coverageCount(0.867, 45)).toBe("39/45(87%)");
  });

  test("coverageCount(share, n) is a dash when nothing was scored", () => {
    expect(coverageCount(null, 9)).toBe("—");
    expect(coverageCount(undefined, 9)).toBe("—");
    expect(coverageCount(0.5, 0)).toBe("—");
  });
});
