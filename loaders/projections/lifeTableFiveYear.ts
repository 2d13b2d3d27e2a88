import {lifeTableAbridged, type LifeTable} from "./lifeTableAbridged.ts";
import {mortalityGompertz} from "./mortalityGompertz.ts";
import {naxCoaleDemeny} from "./naxCoaleDemeny.ts";

/** Defaults of {@link lifeTableFiveYear}. */
export const defaults = {
  radix: 100000,
  /**
   * 5a0 when the 0–4 group has no infant detail: about 0.6 years, i.e. four out of five deaths under
   * five are infant deaths (1a0 ≈ 0.1) and the rest die at about 2.6 (1 + 4a1 with 4a1 ≈ 1.6),
   * as in low-mortality populations (Austria 1992 in Preston Box 3.1: 86% infant, 5a0 = 0.43).
   */
  a0FiveYear: 0.6,
  /** Old groups (80–84 and 85+, indices 16 and 17) whose rate is replaced by the Gompertz fit when they have fewer deaths than this. */
  minDeathsOldAge: 30,
  oldAgeFrom: 16,
  /**
   * Death rate of 85+ when it has no death and no Gompertz fit is possible (a very small register):
   * 0.16, i.e. e85 ≈ 6.3 years, close to China's 2020 life tables.
   */
  openRateFallback: 0.16
};

export interface LifeTableFiveYearInput {
  /** Person-years at risk (or mid-year population) in the 18 groups 0–4 … 85+. */
  population: readonly number[];
  /** Deaths in the 18 groups 0–4 … 85+. */
  deaths: readonly number[];
  sex: "M" | "F";
  /** Split of the 0–4 group into ages 0 and 1–4; when given, 5L0 = 1L0 + 4L1. */
  infant?: {population: readonly [number, number]; deaths: readonly [number, number]};
  /** Minimum deaths in 80–84 and 85+ to keep the observed rate; default 30. Set 0 to keep observed rates. */
  minDeathsOldAge?: number;
  radix?: number;
}

export interface LifeTableFiveYear extends LifeTable {
  /** Indices of groups whose nmx comes from the Gompertz fit instead of the data. */
  smoothed: number[];
}

/**
 * Life table in the 18 five-year groups 0–4 … 85+ used by the projections (Preston et al. 2001, §3.1).
 * - Ages 0–4: with infant detail, an abridged table with ages 0, 1, 5 and the Coale–Demeny nax of
 *   Preston Table 3.3 for the sex; 5L0 = 1L0 + 4L1. Without it, 5a0 = `defaults.a0FiveYear`.
 * - Ages 5–79: nax = 2.5.
 * - Sparse old ages: when 80–84 or 85+ has fewer than `minDeathsOldAge` deaths, its rate is taken from a
 *   Gompertz fit on ages 50–79 ({@link mortalityGompertz}); the open group 85+ then gets 1/e85 of the fit.
 *   Callers pool several years of deaths and exposure first (see `projectRegister`).
 * - Open group 85+: nL85 = l85 / m85; with no death and no fit, m85 = `defaults.openRateFallback`.
 */
export function lifeTableFiveYear({population, deaths, sex, infant, minDeathsOldAge = defaults.minDeathsOldAge, radix = defaults.radix}: LifeTableFiveYearInput): LifeTableFiveYear {
  if (population.length !== 18 || deaths.length !== 18) {
    throw new Error(`lifeTableFiveYear: expected 18 age groups, got ${population.length} population and ${deaths.length} deaths values`);
  }
  const nmx = population.map((p, i) => (p > 0 ? deaths[i] / p : 0));
  const smoothed: number[] = [];
  const gompertz = mortalityGompertz(nmx);
  if (gompertz) {
    for (let i = defaults.oldAgeFrom; i < 18; ++i) {
      if (deaths[i] >= minDeathsOldAge && population[i] > 0) continue;
      nmx[i] = i === 17 ? gompertz.openRate(85) : gompertz.rateAt(5 * i);
      smoothed.push(i);
    }
  }
  if (!(nmx[17] > 0)) {
    nmx[17] = defaults.openRateFallback;
    if (!smoothed.includes(17)) smoothed.push(17);
  }
  // Rebuild deaths from the (possibly smoothed) rates on a nominal exposure so the abridged table sees them.
  const exposure = population.map((p) => (p > 0 ? p : 1));
  const d = nmx.map((m, i) => m * exposure[i]);
  const ages5 = Array.from({length: 18}, (_, i) => 5 * i);
  if (infant && infant.population[0] > 0 && infant.population[1] > 0) {
    const m0 = infant.deaths[0] / infant.population[0];
    const cd = naxCoaleDemeny(m0, sex);
    const table = lifeTableAbridged({
      population: [infant.population[0], infant.population[1], ...exposure.slice(1)],
      deaths: [infant.deaths[0], infant.deaths[1], ...d.slice(1)],
      nax: [cd.a0, cd.a1, ...Array(17).fill(2.5)],
      ages: [0, 1, ...ages5.slice(1)],
      radix
    });
    // Collapse ages 0 and 1–4 into 0–4.
    const lx = [table.lx[0], ...table.lx.slice(2)];
    const ndx = [table.ndx[0] + table.ndx[1], ...table.ndx.slice(2)];
    const nLx = [table.nLx[0] + table.nLx[1], ...table.nLx.slice(2)];
    const nqx = [ndx[0] / lx[0], ...table.nqx.slice(2)];
    const nax = [(nLx[0] - 5 * lx[1]) / (ndx[0] || 1), ...table.nax.slice(2)];
    if (ndx[0] === 0) nax[0] = defaults.a0FiveYear;
    const nmx0 = [nLx[0] > 0 ? ndx[0] / nLx[0] : 0, ...table.nmx.slice(2)];
    return {ages: ages5, n: [...Array(17).fill(5), Infinity], nax, nmx: nmx0, nqx, lx, ndx, nLx, Tx: [table.Tx[0], ...table.Tx.slice(2)], ex: [table.ex[0], ...table.ex.slice(2)], smoothed};
  }
  const table = lifeTableAbridged({
    population: exposure,
    deaths: d,
    nax: [defaults.a0FiveYear, ...Array(17).fill(2.5)],
    ages: ages5,
    radix
  });
  return {...table, smoothed};
}
