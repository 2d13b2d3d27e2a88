/**
 * Annual probability that a woman of age `age` (exact, mid-year) with `parity` children gives
 * birth in calendar `year`: a Gaussian age schedule per parity times a year factor that follows
 * the birth policy (universal two-child policy from 2016-01-01, three-child policy from
 * 2021-05-31) and the general decline of first births.
 *
 * Parity 0 peaks at 25.5, parity 1 at 30, parity 2+ at 32. Rural women (村) had an exception
 * for a second child before 2016 (factor `ruralSecond`). Calibrated so that the period TFR of the
 * generated town is about 1.4–1.7 (higher in 2016–2017).
 */
export const fertility = {
  first: {peak: 0.27, mean: 25.5, sd: 4.6},
  second: {peak: 0.32, mean: 30, sd: 5.5},
  higher: {peak: 0.06, mean: 32, sd: 6},
  /** Year factors, first year 2014; years outside repeat the nearest end. */
  firstByYear: [1.0, 0.98, 1.0, 0.98, 0.94, 0.9, 0.87, 0.84, 0.82, 0.8, 0.79, 0.78],
  secondByYear: [0.2, 0.22, 0.55, 0.6, 0.5, 0.45, 0.4, 0.38, 0.36, 0.35, 0.33, 0.32],
  higherByYear: [0.3, 0.3, 0.32, 0.32, 0.3, 0.3, 0.3, 0.4, 0.6, 0.6, 0.58, 0.55],
  ruralSecond: 1.5,
  minAge: 17,
  maxAge: 49
};

function yearFactor(factors: number[], year: number): number {
  const i = Math.min(factors.length - 1, Math.max(0, year - 2014));
  return factors[i];
}

function gauss(age: number, s: {peak: number; mean: number; sd: number}): number {
  const z = (age - s.mean) / s.sd;
  return s.peak * Math.exp(-z * z);
}

export function fertilityHazard(age: number, parity: number, year: number, rural: boolean): number {
  if (age < fertility.minAge || age > fertility.maxAge) return 0;
  if (parity === 0) return gauss(age, fertility.first) * yearFactor(fertility.firstByYear, year);
  if (parity === 1) {
    const exception = rural && year < 2016 ? fertility.ruralSecond : 1;
    return gauss(age, fertility.second) * yearFactor(fertility.secondByYear, year) * exception;
  }
  return gauss(age, fertility.higher) * yearFactor(fertility.higherByYear, year) * (parity === 2 ? 1 : 0.4);
}
