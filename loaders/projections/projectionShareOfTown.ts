/** Defaults of {@link projectionShareOfTown}. */
export const defaults = {
  /** Number of last observed years whose populations are summed to compute the share. */
  shareYears: 1
};

/**
 * Constant share of the town (Smith, Tayman & Swanson 2013, ch. 8, "constant-share" ratio method):
 * village forecast = town forecast · Σ village / Σ town over the last `shareYears` observations.
 * Returns zeros when the town total is zero.
 *
 * projectionShareOfTown({villageValues: [50], townValues: [1000], townForecast: [1100]}) // [55]
 */
export function projectionShareOfTown({villageValues, townValues, townForecast, shareYears = defaults.shareYears}: {
  villageValues: readonly number[];
  townValues: readonly number[];
  townForecast: readonly number[];
  shareYears?: number;
}): number[] {
  let v = 0;
  let t = 0;
  for (let i = Math.max(0, villageValues.length - shareYears); i < villageValues.length; ++i) v += villageValues[i];
  for (let i = Math.max(0, townValues.length - shareYears); i < townValues.length; ++i) t += townValues[i];
  const share = t > 0 ? v / t : 0;
  return townForecast.map((f) => share * f);
}
