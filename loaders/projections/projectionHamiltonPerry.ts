import type {BySex} from "./projectionCohortComponent.ts";

/** Defaults of {@link projectionHamiltonPerry}. */
export const defaults = {
  /** Index of the first and last group of women in the child–woman ratio: 15–19 … 45–49. */
  womenFrom: 3,
  womenTo: 9,
  /** Multiplier of the child–woman ratios (fertility scenarios scale it like the ASFR). */
  cwrScale: 1,
  /**
   * Credibility weight, in persons, pulling each ratio towards its reference (`fallbackRatios`, `fallbackCwr`):
   * CCR = (N(x+5, t) + c·CCR_ref) / (N(x, t−5) + c); 0 = the plain ratios (the reference only where N(x, t−5) = 0).
   */
  credibility: 0
};

export interface ProjectionHamiltonPerryInput {
  /** Population five years before `current`, by sex in 18 groups 0–4 … 85+. */
  previous: BySex;
  /** Population at the base date, by sex in 18 groups. */
  current: BySex;
  /**
   * Reference cohort change ratios (17 per sex, same layout as `ccr`), e.g. the town's: used where `previous` is zero,
   * and the ratios are shrunk towards them by `credibility`; default 1 (no change).
   */
  fallbackRatios?: BySex;
  /** Reference child–woman ratios (before `cwrScale`), e.g. the town's: used where there are no women 15–49, and shrunk towards by `credibility`; default 0. */
  fallbackCwr?: {F: number; M: number};
  /** Multiplier of the child–woman ratios; default 1. */
  cwrScale?: number;
  /** Credibility weight in persons (see `defaults.credibility`); default 0. */
  credibility?: number;
}

export interface ProjectionHamiltonPerryResult {
  population: BySex<number[]>;
  /**
   * ccr[i] = current[i+1] / previous[i] for i < 16; ccr[16] = current[85+] / (previous[80–84] + previous[85+]);
   * with a credibility c, (current[i+1] + c·ref[i]) / (previous[i] + c).
   */
  ccr: BySex<number[]>;
  /** Children 0–4 per woman 15–49 at the base date, by sex of the child (with a credibility c, (children + c·ref) / (women + c)), times `cwrScale`. */
  cwr: {F: number; M: number};
}

/**
 * Hamilton–Perry projection by cohort change ratios (Hamilton & Perry 1962; Swanson, Schlottmann &
 * Schmidt 2010, "Forecasting the population of census tracts by age and sex", Population Research and
 * Policy Review 29): one five-year step from two observations five years apart.
 * N(x+5, t+5) = CCR(x) · N(x, t) with CCR(x) = N(x+5, t) / N(x, t−5); the open group 85+ gets
 * CCR · (N(80–84, t) + N(85+, t)); children 0–4 = CWR · women 15–49 at t+5, CWR = children 0–4 / women 15–49 at t.
 * In a small area a ratio rests on a handful of people (one person in N(x, t−5) and a family arriving make a
 * CCR of 4, applied to the next cohort): with `credibility` c each ratio is a credibility-weighted mean of its own
 * and its reference (e.g. the town's), weighted by the people it rests on, as `ratesAtBase` does for village fertility.
 *
 * projectionHamiltonPerry({previous, current, fallbackRatios: townCcr, fallbackCwr: townCwr, credibility: 5})
 */
export function projectionHamiltonPerry({previous, current, fallbackRatios, fallbackCwr, cwrScale = defaults.cwrScale, credibility = defaults.credibility}: ProjectionHamiltonPerryInput): ProjectionHamiltonPerryResult {
  if (!(credibility >= 0)) throw new Error(`projectionHamiltonPerry: credibility must be a number ≥ 0, not ${credibility}`);
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
      const reference = fallbackRatios ? fallbackRatios[sex][i] : 1;
      ccr[sex][i] = base + credibility > 0 ? (arriving + credibility * reference) / (base + credibility) : reference;
    }
    for (let i = 0; i < k - 2; ++i) population[sex][i + 1] = ccr[sex][i] * c[i];
    population[sex][k - 1] = ccr[sex][k - 2] * (c[k - 2] + c[k - 1]);
  }
  const womenNow = women(current.F);
  const childWoman = (children: number, reference: number) => (womenNow + credibility > 0 ? (children + credibility * reference) / (womenNow + credibility) : reference) * cwrScale;
  const cwr = {F: childWoman(current.F[0], fallbackCwr?.F ?? 0), M: childWoman(current.M[0], fallbackCwr?.M ?? 0)};
  const womenNext = women(population.F);
  population.F[0] = cwr.F * womenNext;
  population.M[0] = cwr.M * womenNext;
  return {population, ccr, cwr};
}
