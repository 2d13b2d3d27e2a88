/** Counts of 100000 persons or more are written in 万人 with two decimals; smaller ones in exact 人. */
export const wanThreshold = 100000;

/** countUnit(level): the unit a count of this size (and any change of it) is written in. */
export function countUnit(level: number): "人" | "万人" {
  return Math.abs(level) >= wanThreshold ? "万人" : "人";
}
