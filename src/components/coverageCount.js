/**
 * coverageCount(share, n) writes an interval's coverage as the comparisons it rests on: how many of n
 * actual values fell inside, then the share as a whole percentage. On a handful of comparisons a share
 * like "88.89%" claims a precision the count cannot give; "8/9(89%)" says what was measured. "—" when
 * nothing was scored (share null or n 0).
 *
 * coverageCount(0.889, 9) // "8/9(89%)"
 */
export function coverageCount(share, n) {
  if (share == null || !(n > 0)) return "—";
  return `${Math.round(share * n)}/${n}(${Math.round(share * 100)}%)`;
}
