/**
 * The fewest events (births, deaths, people in a group) a rate may rest on and still be read as it
 * stands: a count of n events has a relative standard error of about 1/√n, 23% or more below 20, and
 * the U.S. National Center for Health Statistics does not publish such rates as reliable. The site
 * flags the same rates with the same threshold (src/components/smallBase.js, minReliableCount).
 */
export const minReliableCount = 20;

/** isSmallCount(n): true for a count below minReliableCount; a missing count is not small. */
export function isSmallCount(n: number | null | undefined): boolean {
  return n != null && Number.isFinite(n) && n < minReliableCount;
}
