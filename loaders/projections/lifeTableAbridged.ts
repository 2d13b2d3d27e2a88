import {naxCoaleDemeny} from "./naxCoaleDemeny.ts";

/** Defaults of {@link lifeTableAbridged}. */
export const defaults = {
  /** Starting ages of the abridged groups: 0, 1, 5, 10, …, 85 (the last one open-ended). */
  ages: [0, 1, ...Array.from({length: 17}, (_, i) => 5 * (i + 1))] as readonly number[],
  /** Radix l0. */
  radix: 100000,
  /** nax of closed groups other than 0 and 1–4 (deaths spread evenly over the interval). */
  naxOther: 2.5,
  /** Sex used for the Coale–Demeny nax of ages 0 and 1–4 when nax is not given. */
  sex: "F" as "M" | "F"
};

export interface LifeTable {
  ages: number[];
  /** Width of each interval; Infinity for the open group. */
  n: number[];
  nax: number[];
  nmx: number[];
  nqx: number[];
  lx: number[];
  ndx: number[];
  nLx: number[];
  Tx: number[];
  ex: number[];
}

export interface LifeTableAbridgedInput {
  /** Mid-year population or person-years at risk, one value per age group. */
  population: readonly number[];
  /** Deaths, one value per age group. */
  deaths: readonly number[];
  /** Average person-years lived in the interval by those dying in it; default: Coale–Demeny for 0 and 1–4 (by `sex`), 2.5 elsewhere. The value of the open group is ignored (its nLx is lx/mx). */
  nax?: readonly number[];
  /** Starting ages; default 0, 1, 5, …, 85. The last group is open-ended. */
  ages?: readonly number[];
  /** Sex for the default nax of ages 0 and 1–4; default "F". */
  sex?: "M" | "F";
  /** l0; default 100000. */
  radix?: number;
}

/**
 * Period life table from age-specific death rates (Preston, Heuveline & Guillot 2001, *Demography*,
 * §3.1 and Box 3.1): nmx = nDx/nNx, nqx = n·nmx / (1 + (n − nax)·nmx) (capped at 1),
 * l(x+n) = lx·(1 − nqx), nLx = n·l(x+n) + nax·ndx, and for the open group nLx = lx / mx.
 * A group with no population has nmx = 0 (no information: nobody is assumed to die there).
 *
 * lifeTableAbridged({population, deaths}) // ages 0, 1, 5, …, 85+
 */
export function lifeTableAbridged({population, deaths, nax, ages = defaults.ages, sex = defaults.sex, radix = defaults.radix}: LifeTableAbridgedInput): LifeTable {
  const k = ages.length;
  if (population.length !== k || deaths.length !== k) {
    throw new Error(`lifeTableAbridged: ${k} ages but ${population.length} population and ${deaths.length} deaths values`);
  }
  const n = ages.map((x, i) => (i < k - 1 ? ages[i + 1] - x : Infinity));
  const nmx = population.map((p, i) => (p > 0 ? deaths[i] / p : 0));
  const a = nax ? [...nax] : ages.map(() => defaults.naxOther);
  if (!nax && ages[0] === 0 && ages[1] === 1) {
    const cd = naxCoaleDemeny(nmx[0], sex);
    a[0] = cd.a0;
    if (ages[2] === 5) a[1] = cd.a1;
  } else if (!nax) {
    for (let i = 0; i < k - 1; ++i) a[i] = n[i] / 2;
  }
  const nqx = new Array<number>(k);
  const lx = new Array<number>(k);
  const ndx = new Array<number>(k);
  const nLx = new Array<number>(k);
  lx[0] = radix;
  for (let i = 0; i < k; ++i) {
    if (i === k - 1) {
      nqx[i] = 1;
      ndx[i] = lx[i];
      // Open group: nLx = lx / mx; with no deaths observed it would be infinite, so use 0 when lx is 0.
      nLx[i] = lx[i] === 0 ? 0 : lx[i] / nmx[i];
      a[i] = lx[i] === 0 ? 0 : nLx[i] / lx[i];
      break;
    }
    const q = (n[i] * nmx[i]) / (1 + (n[i] - a[i]) * nmx[i]);
    nqx[i] = Math.min(1, Math.max(0, q));
    ndx[i] = lx[i] * nqx[i];
    lx[i + 1] = lx[i] - ndx[i];
    nLx[i] = n[i] * lx[i + 1] + a[i] * ndx[i];
  }
  const Tx = new Array<number>(k);
  let t = 0;
  for (let i = k - 1; i >= 0; --i) Tx[i] = t += nLx[i];
  const ex = lx.map((l, i) => (l > 0 ? Tx[i] / l : 0));
  return {ages: [...ages], n, nax: a, nmx, nqx, lx, ndx, nLx, Tx, ex};
}
