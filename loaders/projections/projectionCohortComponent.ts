import {survivalRatios} from "./survivalRatios.ts";

/** Defaults of {@link projectionCohortComponent}. */
export const defaults = {
  /** Sex ratio at birth, males per female (Preston Box 6.2 uses 1.05). */
  srb: 1.05,
  /** Step and age-group width, years. */
  width: 5,
  /** l0 of the life tables whose nLx are given. */
  radix: 100000,
  /** Index of the first fertile group (15–19) among the 18 groups. */
  firstFertileGroup: 3
};

export interface BySex<T = readonly number[]> {
  F: T;
  M: T;
}

export interface ProjectionCohortComponentInput {
  /** Population at the start of the step by sex in 18 five-year groups 0–4 … 85+. */
  population: BySex;
  /** nLx of the period life table by sex, 18 groups, open last (radix `radix`). */
  nLx: BySex;
  /** Age-specific fertility rates per woman-year, mothers 15–19 … 45–49 (7 values). */
  asfr: readonly number[];
  /** Males per female birth; default 1.05. */
  srb?: number;
  /** Net migrants over the whole step by sex and age group (counts); default none. */
  netMigrants?: BySex;
  /** Net migration rates per person-year by sex and age group; counts = width · rate · population at the start. Added to `netMigrants` when both are given. */
  netMigrationRates?: BySex;
  radix?: number;
}

export interface ProjectionCohortComponentResult {
  /** Population at the end of the step by sex, 18 groups. Negative results (out-migration larger than the group) are set to 0. */
  population: BySex<number[]>;
  births: {
    /** Births of the step by mother's age group 15–19 … 45–49. */
    byMotherAge: number[];
    total: number;
    F: number;
    M: number;
  };
}

/**
 * One five-year step of the cohort-component projection with net migrants added half at the start and
 * half at the end of the step (Preston, Heuveline & Guillot 2001, *Demography*, §6.2 and Box 6.2):
 * - N(x+5, t+5) = [N(x, t) + I(x)/2] · L(x+5)/L(x) + I(x+5)/2; the open group receives the last closed
 *   group and itself with T(85)/T(80);
 * - births B = 5 · Σ ASFR(x) · ([N_F(x, t) + I_F(x)/2] + N_F(x, t+5)) / 2 over mothers 15–49;
 * - N_s(0–4, t+5) = B · share_s · L_s(0)/(5·l0) + I_s(0–4)/2, share_F = 1/(1+SRB), share_M = SRB/(1+SRB).
 */
export function projectionCohortComponent(input: ProjectionCohortComponentInput): ProjectionCohortComponentResult {
  const {population, nLx, asfr, srb = defaults.srb, netMigrants, netMigrationRates, radix = defaults.radix} = input;
  const width = defaults.width;
  const k = population.F.length;
  const migrants = (sex: "F" | "M") => {
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < k; ++i) {
      if (netMigrants) counts[i] += netMigrants[sex][i];
      if (netMigrationRates) counts[i] += width * netMigrationRates[sex][i] * population[sex][i];
    }
    return counts;
  };
  const survive = (sex: "F" | "M") => {
    const {birth, ratios} = survivalRatios(nLx[sex], {radix, width});
    const n = population[sex];
    const I = migrants(sex);
    const start = n.map((v, i) => v + I[i] / 2);
    const end = new Array<number>(k).fill(0);
    for (let i = 0; i < k - 2; ++i) end[i + 1] = start[i] * ratios[i] + I[i + 1] / 2;
    end[k - 1] = (start[k - 2] + start[k - 1]) * ratios[k - 2] + I[k - 1] / 2;
    return {birth, start, end, I};
  };
  const F = survive("F");
  const M = survive("M");
  const first = defaults.firstFertileGroup;
  const byMotherAge = asfr.map((f, j) => (width * f * (F.start[first + j] + F.end[first + j])) / 2);
  const total = byMotherAge.reduce((a, b) => a + b, 0);
  const femaleBirths = total / (1 + srb);
  const maleBirths = (total * srb) / (1 + srb);
  F.end[0] = femaleBirths * F.birth + F.I[0] / 2;
  M.end[0] = maleBirths * M.birth + M.I[0] / 2;
  const clamp = (a: number[]) => a.map((v) => (v > 0 ? v : 0));
  return {population: {F: clamp(F.end), M: clamp(M.end)}, births: {byMotherAge, total, F: femaleBirths, M: maleBirths}};
}
