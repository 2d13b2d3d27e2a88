import {expect} from "vitest";

/**
 * Asserts that `actual` is within `delta` of `expected` (as d3-scale's test/asserts.js).
 * Arrays are compared element by element; the message names the first index that fails.
 */
export function assertInDelta(actual: number | readonly number[], expected: number | readonly number[], delta = 1e-6): void {
  if (typeof actual === "number" || typeof expected === "number") {
    expect(typeof actual, "actual and expected must both be numbers or both arrays").toBe(typeof expected);
    const a = actual as number;
    const e = expected as number;
    expect(Math.abs(a - e) <= delta, `expected ${a} to be within ${delta} of ${e}`).toBe(true);
    return;
  }
  expect(actual.length, "array lengths differ").toBe(expected.length);
  for (let i = 0; i < actual.length; ++i) {
    expect(Math.abs(actual[i] - expected[i]) <= delta, `index ${i}: expected ${actual[i]} to be within ${delta} of ${expected[i]}`).toBe(true);
  }
}
