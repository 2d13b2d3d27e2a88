import {describe, expect, test} from "vitest";
import {cohortComponentDefaults, projectionCohortComponent} from "../../loaders/projections/index.ts";

// Preston, Heuveline & Guillot (2001), Demography, Box 6.2: Sweden, females, 1993 → 1998.
const female1993 = [293395, 248369, 240012, 261346, 285209, 314388, 281290, 286923, 304108, 324946, 247613, 211351, 215140, 221764, 223506, 183654, 141990, 112424];
const nLx = [497487, 497138, 496901, 496531, 495902, 495168, 494213, 492760, 490447, 486613, 480665, 471786, 457852, 436153, 402775, 350358, 271512, 291707];
const asfr = [0.012, 0.0908, 0.1499, 0.1125, 0.0441, 0.0074, 0.0003];
const migrants = [6840, 4150, 3365, 5270, 9240, 8230, 5470, 3155, 1770, 1115, 1075, 845, 645, 530, 465, 300, 250, 175];
const female1998Published = [302392, 298682, 252007, 244150, 268267, 293515, 320624, 284767, 288031, 303166, 322062, 243989, 205841, 205516, 205270, 194771, 142565, 131966];
const birthsPublished = [15244, 126688, 229354, 170057, 63203, 10971, 472];
const zeros = Array(18).fill(0);

function sweden() {
  return projectionCohortComponent({
    population: {F: female1993, M: zeros},
    nLx: {F: nLx, M: nLx},
    asfr,
    srb: 1.05,
    netMigrants: {F: migrants, M: zeros}
  });
}

describe("projectionCohortComponent", () => {
  test("projectionCohortComponent has the expected defaults", () => {
    expect(cohortComponentDefaults.srb).toBe(1.05);
    expect(cohortComponentDefaults.width).toBe(5);
    expect(cohortComponentDefaults.radix).toBe(100000);
  });

  test("projectionCohortComponent({population, nLx, asfr, srb, netMigrants}) reproduces Preston et al. (2001) Box 6.2, Sweden females 1998, to the person", () => {
    const result = sweden();
    expect(result.population.F.map(Math.round)).toEqual(female1998Published);
    expect(result.births.byMotherAge.map(Math.round)).toEqual(birthsPublished);
    expect(Math.round(result.births.total)).toBe(615988);
    expect(result.population.F.every((v) => v >= 0)).toBe(true);
  });

  test("projectionCohortComponent splits births by the sex ratio at birth", () => {
    const {births} = sweden();
    expect(births.M / births.F).toBeCloseTo(1.05, 12);
    expect(births.M + births.F).toBeCloseTo(births.total, 6);
  });

  test("projectionCohortComponent with no births, no deaths and no migration only ages the population", () => {
    const F = Array.from({length: 18}, (_, i) => 100 + i);
    const M = Array.from({length: 18}, (_, i) => 200 + 3 * i);
    // nLx = 5·l0 in every closed group (nobody dies) and an unbounded open group, so T85/T80 = 1.
    const immortal = [...Array(17).fill(500000), 1e300];
    const {population, births} = projectionCohortComponent({population: {F, M}, nLx: {F: immortal, M: immortal}, asfr: Array(7).fill(0)});
    expect(births.total).toBe(0);
    for (const [sex, start] of [["F", F], ["M", M]] as const) {
      const end = population[sex];
      expect(end[0]).toBe(0);
      for (let i = 1; i < 17; ++i) expect(end[i]).toBeCloseTo(start[i - 1], 9);
      expect(end[17]).toBeCloseTo(start[16] + start[17], 9);
      expect(end.reduce((a, b) => a + b, 0)).toBeCloseTo(start.reduce((a, b) => a + b, 0), 9);
    }
  });
});
