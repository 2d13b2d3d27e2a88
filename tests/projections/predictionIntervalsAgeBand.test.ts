import {describe, expect, test} from "vitest";
import {predictionIntervalsAgeBand, predictionIntervalsAgeBandDefaults, predictionIntervalsEmpirical} from "../../loaders/projections/index.ts";

/** `count` errors per horizon 1–5 for age group `ageGroup`, spread evenly over ±spread·h (deterministic). */
function errors(ageGroup: number, spread: number, count: number) {
  const out: {horizon: number; error: number; ageGroup: number}[] = [];
  for (let h = 1; h <= 5; ++h) {
    for (let k = 0; k < count; ++k) out.push({horizon: h, error: spread * h * (2 * (k / Math.max(1, count - 1)) - 1), ageGroup});
  }
  return out;
}
const width80 = (q: {q10: number; q90: number}) => q.q90 - q.q10;

describe("predictionIntervalsAgeBand", () => {
  test("predictionIntervalsAgeBand has the expected defaults", () => {
    expect(predictionIntervalsAgeBandDefaults).toEqual({bands: [0, 5, 15, 35, 65, 80], minBandErrors: 20, horizons: [1, 2, 3, 4, 5], minCount: 20});
  });

  test("predictionIntervalsAgeBand(errors, ageGroup) gives a band with wide errors a wider interval than one with narrow errors", () => {
    // 0–4 (group 0) errs ±0.4·h, 35–64 (groups 7–12) ±0.05·h.
    const all = [...errors(0, 0.4, 30), ...[7, 8, 9, 10, 11, 12].flatMap((g) => errors(g, 0.05, 10))];
    const young = predictionIntervalsAgeBand(all, 0);
    const middle = predictionIntervalsAgeBand(all, 9);
    const pooled = predictionIntervalsAgeBand(all, undefined);
    expect(young.map((q) => q.horizon)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < 5; ++i) {
      expect(width80(young[i]), `h=${i + 1}`).toBeGreaterThan(width80(pooled[i]));
      expect(width80(middle[i]), `h=${i + 1}`).toBeLessThan(width80(pooled[i]));
      expect(young[i].q975 - young[i].q025).toBeGreaterThan(middle[i].q975 - middle[i].q025);
    }
    // Each band's quantiles are those of its own errors alone; every group of a band gets the same.
    expect(young).toEqual(predictionIntervalsEmpirical(errors(0, 0.4, 30)));
    expect(middle).toEqual(predictionIntervalsAgeBand(all, 12));
    expect(middle).toEqual(predictionIntervalsEmpirical(all.filter((e) => e.ageGroup >= 7 && e.ageGroup <= 12)));
  });

  test("predictionIntervalsAgeBand(errors, ageGroup) falls back to all ages when the band has fewer than minBandErrors errors", () => {
    // 65–79 (group 14) has 3 errors per horizon: 15 < 20.
    const all = [...errors(14, 0.9, 3), ...errors(9, 0.05, 40)];
    expect(predictionIntervalsAgeBand(all, 14)).toEqual(predictionIntervalsEmpirical(all));
    expect(predictionIntervalsAgeBand(all, 14, {minBandErrors: 15})).toEqual(predictionIntervalsEmpirical(errors(14, 0.9, 3)));
    // A band with no error at all, too.
    expect(predictionIntervalsAgeBand(all, 0)).toEqual(predictionIntervalsEmpirical(all));
    // Within a band, horizons with fewer than minCount errors are pooled as usual.
    const own = predictionIntervalsAgeBand(all, 14, {minBandErrors: 15});
    expect(own.every((q) => q.pooled && q.n === 15)).toBe(true);
  });

  test("predictionIntervalsAgeBand(errors, ageGroup, {bands: [0]}) pools all ages", () => {
    const all = [...errors(0, 0.4, 30), ...errors(9, 0.05, 30)];
    expect(predictionIntervalsAgeBand(all, 0, {bands: [0]})).toEqual(predictionIntervalsEmpirical(all));
  });

  test("predictionIntervalsAgeBand throws on an invalid age group", () => {
    expect(() => predictionIntervalsAgeBand(errors(0, 0.1, 5), 18)).toThrow("errorAgeBand: invalid age group index 18 (0–17)");
  });
});
