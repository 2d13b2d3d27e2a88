import {ageGroups} from "./ageGroups.ts";

/** Defaults of {@link errorAgeBand}. */
export const defaults = {
  /**
   * First age (completed years) of each broad band, ascending, starting at 0, each a multiple of 5:
   * 0–4 (born during the five-year projection, so their numbers hang on fertility and on young families'
   * moves), 5–14 (children, who move with their parents), 15–34 (the ages of leaving home, work migration
   * and marriage, where net migration is largest and least stable), 35–64 (settled adults, the most
   * predictable ages), 65–79 (mortality still low and well measured) and 80+ (few people, mortality
   * uncertain: on the bundled sample the 80–84 and 85+ cells' errors were as wide as those at 0–4,
   * twice those at 65–79, so one 65+ band left the 80+ intervals too narrow).
   */
  bands: [0, 5, 15, 35, 65, 80] as readonly number[]
};

/**
 * The broad age band of a five-year age group (index into {@link ageGroups}: 0 = 0–4 … 17 = 85+) for
 * prediction intervals: sex × age cells and age-group totals take the backtest errors of their own band,
 * because projection errors differ markedly by age: they are largest at the youngest ages (births still
 * to come), at the young-adult migration ages and at the oldest ages, and smallest in middle age
 * (Smith, Tayman & Swanson 2013, *A Practitioner's Guide to State and Local Population Projections*, ch. 13).
 * The label is "from-to" in completed years, or "from+" for the last band ("0+" when there is only one band,
 * i.e. all ages pooled).
 *
 * errorAgeBand(0) // "0-4"
 * errorAgeBand(5) // "15-34" (ages 25–29)
 * errorAgeBand(14) // "65-79"
 * errorAgeBand(17) // "80+"
 * errorAgeBand(3, [0]) // "0+"
 */
export function errorAgeBand(ageGroup: number, bands: readonly number[] = defaults.bands): string {
  if (!Number.isInteger(ageGroup) || ageGroup < 0 || ageGroup >= ageGroups.length) throw new Error(`errorAgeBand: invalid age group index ${ageGroup} (0–${ageGroups.length - 1})`);
  if (bands[0] !== 0) throw new Error(`errorAgeBand: the first band must start at age 0, not ${bands[0]}`);
  for (let i = 0; i < bands.length; ++i) {
    const from = bands[i];
    if (!Number.isInteger(from) || from % 5 !== 0 || from > 5 * (ageGroups.length - 1) || (i > 0 && from <= bands[i - 1])) {
      throw new Error(`errorAgeBand: invalid band start ${from} (ascending multiples of 5 up to ${5 * (ageGroups.length - 1)})`);
    }
  }
  const age = 5 * ageGroup;
  let i = bands.length - 1;
  while (bands[i] > age) --i;
  return i === bands.length - 1 ? `${bands[i]}+` : `${bands[i]}-${bands[i + 1] - 1}`;
}
