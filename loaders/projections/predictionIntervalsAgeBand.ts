import {ageGroups} from "./ageGroups.ts";
import {errorAgeBand, defaults as errorAgeBandDefaults} from "./errorAgeBand.ts";
import {predictionIntervalsEmpirical, defaults as empiricalDefaults, type LogErrorQuantiles} from "./predictionIntervalsEmpirical.ts";

/** Defaults of {@link predictionIntervalsAgeBand}. */
export const defaults = {
  /** First age of each broad band ({@link errorAgeBand}); `[0]` pools all ages. */
  bands: errorAgeBandDefaults.bands,
  /** Fewest errors (all horizons together) of a band for its own quantiles; below it all ages are pooled. */
  minBandErrors: 20,
  horizons: empiricalDefaults.horizons,
  /** Passed on to {@link predictionIntervalsEmpirical}: fewest errors at one horizon before the horizons are pooled. */
  minCount: empiricalDefaults.minCount
};

/**
 * Empirical log-error quantiles ({@link predictionIntervalsEmpirical}) for a number of five-year age group
 * `ageGroup` (index into ageGroups), from the backtest errors of its broad age band ({@link errorAgeBand}) only:
 * errors at 0–4 (children not yet born at the base year) and at the migration ages are far wider than in
 * middle age, and one distribution for all ages gives intervals too narrow for the former and too wide for
 * the latter. When the band has fewer than `minBandErrors` errors (all horizons together), the errors of
 * all ages are used instead, as when `ageGroup` is undefined. Within the chosen errors the horizons are pooled
 * as usual (fewer than `minCount` at a horizon).
 *
 * predictionIntervalsAgeBand(errors, 0) // quantiles of the errors with ageGroup 0 (band 0–4), by horizon
 */
export function predictionIntervalsAgeBand(
  errors: readonly {horizon: number; error: number; ageGroup: number}[],
  ageGroup: number | undefined,
  {bands = defaults.bands, minBandErrors = defaults.minBandErrors, horizons = defaults.horizons, minCount = defaults.minCount} = {}
): LogErrorQuantiles[] {
  let chosen: readonly {horizon: number; error: number}[] = errors;
  if (ageGroup !== undefined) {
    const labels = ageGroups.map((_, i) => errorAgeBand(i, bands));
    const band = labels[ageGroup] ?? errorAgeBand(ageGroup, bands); // the latter throws on an invalid index
    const inBand = errors.filter((e) => labels[e.ageGroup] === band);
    if (inBand.length >= minBandErrors) chosen = inBand;
  }
  return predictionIntervalsEmpirical(chosen, {horizons, minCount});
}
