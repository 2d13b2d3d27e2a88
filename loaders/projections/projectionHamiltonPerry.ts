import type {BySex} from "./projectionCohortComponent.ts";

/** Defaults of {@link projectionHamiltonPerry}. */
export const defaults = {
  /** Index of the first and last group of women in the child–woman ratio: 15–19 … 45–49. */
  womenFrom: 3,
  womenTo: 9,
  /** Multiplier of the child–woman ratios (fertility scenarios scale it like the ASFR). */
  cwrScale: 1
};

export interface ProjectionHamiltonPerryInput {
  /** Population five years before `current`, by sex in 18 groups 0–4 … 85+. */
  previous: BySex;
  /** Population at the base date, by sex in 18 groups. */
  current: BySex;
  /** Cohort change ratios used where `previous` is zero (17 per sex, same layout as `ccr`); default 1 (no change). */
  fallbackRatios?: BySex;
  /** Multiplier of the child–woman ratios; default 1. */
  cwrScale?: number;
}

export interface ProjectionHamiltonPerryResult {
  population: BySex<number[]>;
  /** ccr[i] = current[i+1] / previous[i] for i < 16; ccr[16] = current[85+] / (previous[80–84] + previous[85+]). */
  ccr: BySex<number[]>;
  /** Children 0–4 per woman 15–49 at the base date, by sex of the child. */
  cwr: {F: number; M: number};
}

/**
 * Hamilton–Perry projection by cohort change ratios (Hamilton & Perry 1962; Swanson, Schlottmann &
 * Schmidt 2010, "Forecasting the population of census tracts by age and sex", Population Research and
 * Policy Review 29): one five-year step from two observations five years apart.
 * N(x+5, t+5) = CCR(x) · N(x, t) with CCR(x) = N(x+5, t) / N(x, t−5); the open group 85+ gets
 * CCR · (N(80–84, t) + N(85+, t)); children 0–4 = CWR · women 15–49 at t+5, CWR = children 0–4 / women 15–49 at t.
 */
export function projectionHamiltonPerry({previous, current, fallbackRatios, cwrScale = defaults.cwrScale}: ProjectionHamiltonPerryInput): ProjectionHamiltonPerryResult {
  const k = current.F.length;
  const women = (f: readonly number[]) => {
    let s = 0;
    for (let i = defaults.womenFrom; i <= defaults.womenTo; ++i) s += f[i];
    return s;
  };
  const ccr = {F: [] as number[], M: [] as number[]};
  const population = {F: new Array<number>(k).fill(0), M: new Array<number>(k).fill(0)};
  for (const sex of ["F", "M"] as const) {
    const p = previous[sex];
    const c = current[sex];
    for (let i = 0; i < k - 1; ++i) {
      const base = i < k - 2 ? p[i] : p[i] + p[i + 1];
      const arriving = c[i + 1];
      ccr[sex][i] = base > 0 ? arriving / base : fallbackRatios ? fallbackRatios[sex][i] : 1;
    }
    for (let i = 0; i < k - 2; ++i) population[sex][i + 1] = ccr[sex][i] * c[i];
    population[sex][k - 1] = ccr[sex][k - 2] * (c[k - 2] + c[k - 1]);
  }
  const womenNow = women(current.F);
  const cwr = {F: womenNow > 0 ? (current.F[0] / womenNow) * cwrScale : 0, M: womenNow > 0 ? (current.M[0] / womenNow) * cwrScale : 0};
  const womenNext = women(population.F);
  population.F[0] = cwr.F * womenNext;
  population.M[0] = cwr.M * womenNext;
  return {population, ccr, cwr};
}
