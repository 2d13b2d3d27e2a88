/**
 * The naive baseline: the last observed value for every target year (Smith, Tayman & Swanson 2013, ch. 13,
 * where "no change" is the benchmark other methods must beat). Empty input gives an empty array.
 *
 * projectionNoChange({values: [100, 110], targetYears: [2021, 2022]}) // [110, 110]
 */
export function projectionNoChange({values, targetYears}: {values: readonly number[]; targetYears: readonly number[]}): number[] {
  if (values.length === 0) return [];
  return targetYears.map(() => values[values.length - 1]);
}
