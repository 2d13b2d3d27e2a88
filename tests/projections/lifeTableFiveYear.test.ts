import {describe, expect, test} from "vitest";
import {lifeTableAbridged, lifeTableFiveYear, lifeTableFiveYearDefaults, mortalityGompertz} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";
import {lifeTableConsistent} from "./lifeTableConsistent.ts";

// Preston et al. (2001) Box 3.1, Austria males 1992, regrouped into 0–4 … 85+ with ages 0 and 1–4 as infant detail.
const population = [47925, 189127, 234793, 238790, 254996, 326831, 355086, 324222, 269963, 261971, 238011, 261612, 181385, 187962, 153832, 105169, 73694, 57512, 32248];
const deaths = [419, 70, 36, 46, 249, 420, 403, 441, 508, 769, 1154, 1866, 2043, 3496, 4366, 4337, 5279, 6460, 6146];
const pop5 = [population[0] + population[1], ...population.slice(2)];
const deaths5 = [deaths[0] + deaths[1], ...deaths.slice(2)];
const infant = {population: [population[0], population[1]] as const, deaths: [deaths[0], deaths[1]] as const};

describe("lifeTableFiveYear", () => {
  test("lifeTableFiveYear has the expected defaults", () => {
    expect(lifeTableFiveYearDefaults.radix).toBe(100000);
    expect(lifeTableFiveYearDefaults.a0FiveYear).toBe(0.6);
    expect(lifeTableFiveYearDefaults.minDeathsOldAge).toBe(30);
  });

  test("lifeTableFiveYear({infant}) gives 5L0 = 1L0 + 4L1 of the abridged table with Coale–Demeny nax (Austria males 1992)", () => {
    const five = lifeTableFiveYear({population: pop5, deaths: deaths5, sex: "M", infant});
    const abridged = lifeTableAbridged({population, deaths, sex: "M"});
    assertInDelta(five.nLx[0], abridged.nLx[0] + abridged.nLx[1], 1e-6);
    assertInDelta(five.nLx.slice(1), abridged.nLx.slice(2), 1e-6);
    assertInDelta(five.lx.slice(1), abridged.lx.slice(2), 1e-6);
    expect(five.smoothed).toEqual([]);
    lifeTableConsistent(five);
  });

  test("lifeTableFiveYear without infant detail uses 5a0 = 0.6 and stays close to the detailed table", () => {
    const rough = lifeTableFiveYear({population: pop5, deaths: deaths5, sex: "M"});
    const detailed = lifeTableFiveYear({population: pop5, deaths: deaths5, sex: "M", infant});
    expect(rough.nax[0]).toBe(0.6);
    expect(Math.abs(rough.ex[0] - detailed.ex[0])).toBeLessThan(0.05);
    lifeTableConsistent(rough);
  });

  test("lifeTableFiveYear replaces sparse 80–84 and 85+ rates by the Gompertz fit on ages 50–79", () => {
    const small = pop5.map((p) => p / 1000);
    const smallDeaths = deaths5.map((d) => d / 1000);
    const table = lifeTableFiveYear({population: small, deaths: smallDeaths, sex: "M"});
    expect(table.smoothed).toEqual([16, 17]);
    const fit = mortalityGompertz(small.map((p, i) => smallDeaths[i] / p))!;
    assertInDelta(table.nmx[16], fit.rateAt(80), 1e-12);
    // The open-group rate 1/e85 of a Gompertz curve lies above μ(85) and below μ at the observed 85+ rate's order.
    expect(table.nmx[17]).toBeGreaterThan(fit.rateAt(85, 0));
    lifeTableConsistent(table);
  });

  test("lifeTableFiveYear keeps observed old-age rates when minDeathsOldAge is 0", () => {
    const table = lifeTableFiveYear({population: pop5, deaths: deaths5, sex: "M", minDeathsOldAge: 0});
    expect(table.smoothed).toEqual([]);
    assertInDelta(table.nmx[17], deaths5[17] / pop5[17], 1e-12);
  });

  test("lifeTableFiveYear gives the open group the fallback rate when nobody died and no Gompertz fit is possible", () => {
    const table = lifeTableFiveYear({population: Array(18).fill(10), deaths: Array(18).fill(0), sex: "F"});
    expect(table.nmx[17]).toBe(lifeTableFiveYearDefaults.openRateFallback);
    expect(table.smoothed).toEqual([17]);
    assertInDelta(table.nLx[17], 100000 / 0.16, 1e-6);
    lifeTableConsistent(table);
  });

  test("lifeTableFiveYear throws on wrong lengths, naming them", () => {
    expect(() => lifeTableFiveYear({population: [1], deaths: [1], sex: "F"})).toThrow("lifeTableFiveYear: expected 18 age groups, got 1 population and 1 deaths values");
  });
});

describe("mortalityGompertz", () => {
  test("mortalityGompertz(nmx) recovers α and β of exact Gompertz rates", () => {
    const nmx = Array.from({length: 18}, (_, i) => Math.exp(-10 + 0.09 * (5 * i + 2.5)));
    const fit = mortalityGompertz(nmx)!;
    assertInDelta(fit.alpha, -10, 1e-9);
    assertInDelta(fit.beta, 0.09, 1e-12);
  });

  test("mortalityGompertz(nmx) returns undefined with fewer than three positive rates", () => {
    expect(mortalityGompertz(Array(18).fill(0))).toBeUndefined();
  });
});
