import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {prospectiveCoverageSentence} from "../../src/components/prospectiveCoverageSentence.js";

describe("prospectiveCoverageSentence", () => {
  test("prospectiveCoverageSentence(rows) gives the time-ordered 80% coverage over all horizons, weighted by the forecasts scored, with their count", () => {
    // Town rows of the bundled sample (cohort-component, horizons 1–5): 5 + 3 + 1 + 1 + 0 = 10 of 40.
    const rows = [
      {horizon: 1, n: 11, coverage_80: 0.818, coverage_80_prospective: 0.5, n_prospective: 10},
      {horizon: 2, n: 10, coverage_80: 0.9, coverage_80_prospective: 0.333, n_prospective: 9},
      {horizon: 3, n: 9, coverage_80: 0.889, coverage_80_prospective: 0.125, n_prospective: 8},
      {horizon: 4, n: 8, coverage_80: 1, coverage_80_prospective: 0.143, n_prospective: 7},
      {horizon: 5, n: 7, coverage_80: 0.714, coverage_80_prospective: 0, n_prospective: 6}
    ];
    expect(prospectiveCoverageSentence(rows)).toBe("按时间顺序回测(每次只用当时已知的误差)时,80%区间覆盖了40次中的10次,约占25%。");
  });

  test("prospectiveCoverageSentence(rows) leaves out rows with nothing scored in time order", () => {
    const rows = [
      {horizon: 1, n: 2, coverage_80_prospective: 1, n_prospective: 1},
      {horizon: 2, n: 1, coverage_80_prospective: null, n_prospective: 0}
    ];
    expect(prospectiveCoverageSentence(rows)).toBe("按时间顺序回测(每次只用当时已知的误差)时,80%区间覆盖了1次中的1次,约占100%。");
  });

  test("prospectiveCoverageSentence(rows) says nothing when no forecast could be scored, or the columns are missing", () => {
    expect(prospectiveCoverageSentence([{horizon: 1, n: 1, coverage_80_prospective: null, n_prospective: 0}])).toBe("");
    expect(prospectiveCoverageSentence([{horizon: 1, n: 5, coverage_80: 0.8}])).toBe("");
    expect(prospectiveCoverageSentence([])).toBe("");
    expect(prospectiveCoverageSentence(undefined)).toBe("");
  });
});
