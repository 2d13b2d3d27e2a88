import {randomLcg, randomNormal} from "d3";
import {describe, expect, test} from "vitest";
import {intervalCoverage, logError, malpe, mape, medianApe, predictionInterval, predictionIntervalsDefaults, predictionIntervalsEmpirical} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";

describe("accuracy metrics", () => {
  test("predictionIntervalsEmpirical has the expected defaults", () => {
    expect(predictionIntervalsDefaults.horizons).toEqual([1, 2, 3, 4, 5]);
    expect(predictionIntervalsDefaults.minCount).toBe(20);
    expect([predictionIntervalsDefaults.minExponent, predictionIntervalsDefaults.maxExponent]).toEqual([0.5, 1.5]);
  });

  test("mape(actual, forecast), medianApe and malpe compute percentages and skip non-positive actuals", () => {
    const actual = [100, 200, 100, 0];
    const forecast = [110, 180, 101, 5];
    assertInDelta(mape(actual, forecast)!, (10 + 10 + 1) / 3, 1e-12);
    assertInDelta(medianApe(actual, forecast)!, 10, 1e-12);
    assertInDelta(malpe(actual, forecast)!, (10 - 10 + 1) / 3, 1e-12);
    expect(mape([0], [1])).toBeUndefined();
    expect(medianApe([], [])).toBeUndefined();
    expect(malpe([], [])).toBeUndefined();
  });

  test("intervalCoverage(actual, lower, upper) counts bounds as inside and skips non-finite triples", () => {
    expect(intervalCoverage([1, 5, 2, 3], [0, 0, 2, NaN], [2, 2, 3, 4])).toBeCloseTo(2 / 3, 12);
    expect(intervalCoverage([], [], [])).toBeUndefined();
  });
});

describe("predictionIntervalsEmpirical", () => {
  // Errors that grow with the horizon, drawn with a fixed seed.
  function errors(perHorizon: number, seed: number) {
    const normal = randomNormal.source(randomLcg(seed))(0, 0.05);
    const out: {horizon: number; error: number}[] = [];
    for (let h = 1; h <= 5; ++h) for (let i = 0; i < perHorizon; ++i) out.push({horizon: h, error: normal() * Math.sqrt(h)});
    return out;
  }

  test("predictionIntervalsEmpirical(errors) gives intervals that widen with the horizon", () => {
    const q = predictionIntervalsEmpirical(errors(200, 0.1));
    expect(q.map((r) => r.horizon)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < q.length; ++i) {
      expect(q[i].q10).toBeLessThanOrEqual(q[i - 1].q10);
      expect(q[i].q90).toBeGreaterThanOrEqual(q[i - 1].q90);
      expect(q[i].q025).toBeLessThanOrEqual(q[i - 1].q025);
      expect(q[i].q975).toBeGreaterThanOrEqual(q[i - 1].q975);
    }
    expect(q.every((r) => !r.pooled && r.q025 <= r.q10 && r.q10 < r.q90 && r.q90 <= r.q975)).toBe(true);
  });

  test("predictionIntervalsEmpirical(errors) covers about 80% and 95% of new errors drawn from the same distribution", () => {
    const q = predictionIntervalsEmpirical(errors(400, 0.2));
    const fresh = errors(400, 0.3);
    const inside = (lo: "q10" | "q025", hi: "q90" | "q975") =>
      fresh.filter((e) => e.error >= q[e.horizon - 1][lo] && e.error <= q[e.horizon - 1][hi]).length / fresh.length;
    expect(Math.abs(inside("q10", "q90") - 0.8)).toBeLessThan(0.03);
    expect(Math.abs(inside("q025", "q975") - 0.95)).toBeLessThan(0.02);
  });

  test("predictionIntervalsEmpirical pools horizons on the e/h^γ scale when a horizon has fewer than minCount errors", () => {
    const few = errors(5, 0.4);
    const q = predictionIntervalsEmpirical(few);
    expect(q.every((r) => r.pooled && r.n === 25)).toBe(true);
    expect(q[4].q90).toBeGreaterThan(q[0].q90);
    expect(predictionIntervalsEmpirical([])).toEqual([]);
  });

  test("predictionIntervalsEmpirical fits γ to the growth of the errors: 1 for errors proportional to the horizon", () => {
    const linear = [1, 2, 3, 4, 5].flatMap((h) => [-0.02, -0.01, 0.01, 0.02, 0.03].map((e) => ({horizon: h, error: e * h})));
    const q = predictionIntervalsEmpirical(linear);
    assertInDelta(q[0].exponent, 1, 1e-9);
    assertInDelta(q[4].q90 / q[0].q90, 5, 1e-9);
    // the random-walk errors drawn above grow with √h
    expect(Math.abs(predictionIntervalsEmpirical(errors(5, 0.5))[0].exponent - 0.5)).toBeLessThan(0.25);
  });

  test("predictionInterval(forecast, q) applies the log-error quantiles and floors at 0", () => {
    const q = {q025: -0.2, q10: -0.1, q90: 0.1, q975: 0.2};
    const pi = predictionInterval(100, q);
    assertInDelta(pi.upper_80!, 101 * Math.exp(0.1) - 1, 1e-9);
    assertInDelta(pi.lower_95!, 101 * Math.exp(-0.2) - 1, 1e-9);
    expect(predictionInterval(0, {q025: -3, q10: -1, q90: 1, q975: 3}).lower_95).toBe(0);
    expect(predictionInterval(5, undefined).upper_95).toBeNull();
    assertInDelta(logError(99, 99), 0, 1e-15);
  });
});
