import {describe, expect, test} from "vitest";
// @ts-expect-error -- plain JavaScript without type declarations
import {pooledCoverage} from "../../src/components/pooledCoverage.js";

describe("pooledCoverage", () => {
  test("pooledCoverage(rows, {share, count}) weights each row's share by its comparisons", () => {
    const rows = [
      {coverage_80: 0.5, n: 10},
      {coverage_80: 1, n: 30},
      {coverage_80: null, n: 5}, // no interval: left out
      {coverage_80: 0.2, n: 0} // nothing compared: left out
    ];
    expect(pooledCoverage(rows, {share: "coverage_80", count: "n"})).toEqual({n: 40, inside: 35, share: 0.875});
  });

  test("pooledCoverage(rows, {share, count}) is null when no row has a share on a comparison", () => {
    expect(pooledCoverage([{coverage_80_prospective: null, n_prospective: 0}], {share: "coverage_80_prospective", count: "n_prospective"})).toBeNull();
    expect(pooledCoverage([], {share: "coverage_80", count: "n"})).toBeNull();
  });
});
