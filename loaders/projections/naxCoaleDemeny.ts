/**
 * Coale–Demeny average person-years lived in the interval by those dying in it, for ages 0 and 1–4,
 * as a function of the infant death rate 1m0 (Preston, Heuveline & Guillot 2001, Table 3.3,
 * after Coale & Demeny 1983). Returns `{a0, a1}` where a1 is 4a1.
 *
 * | sex | 1m0 ≥ 0.107 | 1m0 < 0.107 |
 * |-----|-------------|-------------|
 * | M 1a0 | 0.330 | 0.045 + 2.684·1m0 |
 * | M 4a1 | 1.352 | 1.651 − 2.816·1m0 |
 * | F 1a0 | 0.350 | 0.053 + 2.800·1m0 |
 * | F 4a1 | 1.361 | 1.522 − 1.518·1m0 |
 */
export function naxCoaleDemeny(m0: number, sex: "M" | "F"): {a0: number; a1: number} {
  const high = m0 >= 0.107;
  if (sex === "M") return {a0: high ? 0.33 : 0.045 + 2.684 * m0, a1: high ? 1.352 : 1.651 - 2.816 * m0};
  return {a0: high ? 0.35 : 0.053 + 2.8 * m0, a1: high ? 1.361 : 1.522 - 1.518 * m0};
}
