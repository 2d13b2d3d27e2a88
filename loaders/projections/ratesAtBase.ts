import {lifeTableFiveYear} from "./lifeTableFiveYear.ts";
import type {BySex} from "./projectionCohortComponent.ts";
import {sumUnitYears, type RegisterInputs, type UnitYear} from "./registerInputs.ts";

/** Defaults of {@link ratesAtBase}: how many reported years up to the base year are pooled for each rate. */
export const defaults = {
  /** Deaths and person-years pooled for the life tables (old ages are sparse). */
  mortalityYears: 5,
  /** Births and woman-years pooled for the age-specific fertility rates (fertility moves quickly). */
  fertilityYears: 3,
  /** Births pooled for the sex ratio at birth. */
  srbYears: 5,
  /** Net migrants and person-years pooled for the net migration rates. */
  migrationYears: 3,
  /** Credibility weight, in births, pulling a village's fertility level towards the town's: R = (B + c) / (E + c). */
  fertilityCredibility: 20,
  /** Sex ratio at birth used when no birth is recorded in the pooled years. */
  srbFallback: 1.05
};

export type RatesOptions = Partial<typeof defaults>;

export interface UnitRates {
  /** nLx by sex (18 groups, radix 100000). */
  nLx: BySex<number[]>;
  e0: {F: number; M: number};
  /** Age-specific fertility rates per woman-year, mothers 15–19 … 45–49. */
  asfr: number[];
  tfr: number;
  srb: number;
  /** Net migration rates per person-year by sex and group. */
  migrationRates: BySex<number[]>;
  /** Net migrants per year (mean over the pooled years). */
  netMigrantsPerYear: number;
}

export interface BaseRates {
  baseYear: number;
  /** First and last reported year pooled for each rate. */
  pooled: {mortality: [number, number]; fertility: [number, number]; srb: [number, number]; migration: [number, number]};
  town: UnitRates;
  /** Villages: town mortality and SRB, own fertility level (credibility-weighted) and own net migration rates. */
  villages: UnitRates[];
  /** Observed births and births expected at town rates, per village, in the fertility years. */
  villageFertility: {births: number; expected: number; ratio: number}[];
}

/**
 * Rates for a projection from `baseYear`, using only reported years ≤ baseYear (so backtests never see the future):
 * - mortality: town deaths and person-years of the last `mortalityYears` years → {@link lifeTableFiveYear} by sex
 *   with infant detail (sparse 80–84 and 85+ smoothed by Gompertz); villages use the town's table;
 * - fertility: town ASFR = births by mother's age (births with no linked mother spread like the linked ones) /
 *   woman-years, last `fertilityYears`; a village's ASFR = town ASFR · (B + c) / (E + c) with B its births,
 *   E its births expected at town rates and c = `fertilityCredibility` (a credibility-weighted indirect standardisation);
 * - SRB: male / female births of the town, last `srbYears`;
 * - migration: net migrants / person-years by sex and group, last `migrationYears` (town and each village on its own).
 */
export function ratesAtBase(inputs: RegisterInputs, baseYear: number, options: RatesOptions = {}): BaseRates {
  const o = {...defaults, ...options};
  const b = inputs.years.indexOf(baseYear);
  if (b < 0) throw new Error(`ratesAtBase: ${baseYear} is not a reported year (${inputs.years.join(", ")})`);
  const window = (n: number): [number, number] => [Math.max(0, b - n + 1), b];
  const yearsOf = ([from, to]: [number, number]): [number, number] => [inputs.years[from], inputs.years[to]];
  const mortalityW = window(o.mortalityYears);
  const fertilityW = window(o.fertilityYears);
  const srbW = window(o.srbYears);
  const migrationW = window(o.migrationYears);
  const pool = (series: readonly UnitYear[], [from, to]: [number, number]) => sumUnitYears(series.slice(from, to + 1));

  const townM = pool(inputs.town, mortalityW);
  const tables = {
    F: lifeTableFiveYear({population: townM.exposure.F, deaths: townM.deaths.F, sex: "F", infant: {population: townM.exposureInfant.F, deaths: townM.deathsInfant.F}}),
    M: lifeTableFiveYear({population: townM.exposure.M, deaths: townM.deaths.M, sex: "M", infant: {population: townM.exposureInfant.M, deaths: townM.deathsInfant.M}})
  };
  const nLx = {F: tables.F.nLx, M: tables.M.nLx};
  const e0 = {F: tables.F.ex[0], M: tables.M.ex[0]};

  const townF = pool(inputs.town, fertilityW);
  const asfr = fertilityRates(townF);
  const tfr = 5 * asfr.reduce((a, c) => a + c, 0);
  const townS = pool(inputs.town, srbW);
  const srb = townS.birthsBySex.F > 0 ? townS.birthsBySex.M / townS.birthsBySex.F : o.srbFallback;
  const migrationYears = migrationW[1] - migrationW[0] + 1;
  const townMig = pool(inputs.town, migrationW);
  const town: UnitRates = {nLx, e0, asfr, tfr, srb, migrationRates: migrationRates(townMig), netMigrantsPerYear: netTotal(townMig) / migrationYears};

  const villages: UnitRates[] = [];
  const villageFertility: BaseRates["villageFertility"] = [];
  for (let v = 0; v < inputs.villages.length; ++v) {
    const series = inputs.byVillage.map((units) => units[v]);
    const f = pool(series, fertilityW);
    const births = f.births.reduce((a, c) => a + c, 0) + f.birthsUnknownMother;
    let expected = 0;
    for (let j = 0; j < 7; ++j) expected += asfr[j] * f.exposure.F[3 + j];
    const ratio = (births + o.fertilityCredibility) / (expected + o.fertilityCredibility);
    villageFertility.push({births, expected, ratio});
    const m = pool(series, migrationW);
    villages.push({
      nLx,
      e0,
      asfr: asfr.map((a) => a * ratio),
      tfr: tfr * ratio,
      srb,
      migrationRates: migrationRates(m),
      netMigrantsPerYear: netTotal(m) / migrationYears
    });
  }
  return {
    baseYear,
    pooled: {mortality: yearsOf(mortalityW), fertility: yearsOf(fertilityW), srb: yearsOf(srbW), migration: yearsOf(migrationW)},
    town,
    villages,
    villageFertility
  };
}

function fertilityRates(u: UnitYear): number[] {
  const linked = u.births.reduce((a, c) => a + c, 0);
  const scale = linked > 0 ? (linked + u.birthsUnknownMother) / linked : 0;
  return u.births.map((births, j) => {
    const w = u.exposure.F[3 + j];
    return w > 0 ? (births * scale) / w : 0;
  });
}

function migrationRates(u: UnitYear): BySex<number[]> {
  const rate = (sex: "F" | "M") => u.netMigrants[sex].map((n, i) => (u.exposure[sex][i] > 0 ? n / u.exposure[sex][i] : 0));
  return {F: rate("F"), M: rate("M")};
}

function netTotal(u: UnitYear): number {
  let s = 0;
  for (const sex of ["F", "M"] as const) for (const n of u.netMigrants[sex]) s += n;
  return s;
}
