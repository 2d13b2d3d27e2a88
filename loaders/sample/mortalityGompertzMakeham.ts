/**
 * Gompertz–Makeham force of mortality μ(x) = A + B·e^(c·x) (Makeham 1860), as an annual
 * probability of death q = 1 − e^(−μ(x + ½)) for age x in completed years.
 *
 * Parameters give a life expectancy at birth of about 75.5 (men) and 81.3 (women) in the first
 * year, improving by 1.5 % a year in B (about 77.5 and 83 after 12 years), in the range of
 * China's 2015–2020 life tables. The first year of life is not covered: infant deaths are drawn
 * at birth with `infantMortality`.
 */
export const gompertzMakeham = {
  male: {A: 0.0004, B: 3.5e-5, c: 0.095},
  female: {A: 0.00025, B: 1.8e-5, c: 0.097},
  /** Yearly relative decline of B. */
  improvement: 0.015,
  /** Extra hazard at ages 1–4. */
  childExtra: 0.0004
};

/** Annual probability of death at completed age `age` (≥ 1), `t` years after the register start. */
export function mortalityGompertzMakeham(age: number, male: boolean, t: number): number {
  const p = male ? gompertzMakeham.male : gompertzMakeham.female;
  const b = p.B * Math.pow(1 - gompertzMakeham.improvement, t);
  const mu = p.A + b * Math.exp(p.c * (age + 0.5)) + (age < 5 ? gompertzMakeham.childExtra : 0);
  return 1 - Math.exp(-mu);
}

/** Probability that a newborn dies before age 1, `t` years after the register start (7‰ → 4‰). */
export function infantMortality(t: number): number {
  return Math.max(0.004, 0.007 - 0.0003 * t);
}

/** Life expectancy at birth of the schedule in year `t` (annual steps, deaths mid-year). */
export function lifeExpectancyGompertzMakeham(male: boolean, t: number): number {
  let l = 1;
  let years = 0;
  for (let x = 0; x < 120; x++) {
    const q = x === 0 ? infantMortality(t) : Math.min(1, mortalityGompertzMakeham(x, male, t));
    const d = l * q;
    years += l - d / 2;
    l -= d;
  }
  return years;
}
