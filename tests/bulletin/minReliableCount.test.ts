import {describe, expect, test} from "vitest";
import {isSmallCount, minReliableCount} from "../../loaders/bulletin/minReliableCount.ts";
// The site's own copy (a browser module; pages cannot import loaders/).
// @ts-expect-error -- plain JavaScript without type declarations
import {minReliableCount as siteMinReliableCount} from "../../src/components/smallBase.js";

describe("minReliableCount", () => {
  test("the bulletin flags rates on the same number of events as the site", () => {
    expect(minReliableCount).toBe(siteMinReliableCount);
  });
  test("isSmallCount(n) is true below minReliableCount, false at it and for a missing count", () => {
    expect(isSmallCount(minReliableCount - 1)).toBe(true);
    expect(isSmallCount(0)).toBe(true);
    expect(isSmallCount(minReliableCount)).toBe(false);
    expect(isSmallCount(null)).toBe(false);
    expect(isSmallCount(undefined)).toBe(false);
  });
});
