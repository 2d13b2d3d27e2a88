import {describe, expect, test} from "vitest";
import {lifeTableAbridged, lifeTableDefaults} from "../../loaders/projections/index.ts";
import {lifeTableConsistent} from "./lifeTableConsistent.ts";

// Preston, Heuveline & Guillot (2001), Demography, Box 3.1: Austria, males, 1992.
const population = [47925, 189127, 234793, 238790, 254996, 326831, 355086, 324222, 269963, 261971, 238011, 261612, 181385, 187962, 153832, 105169, 73694, 57512, 32248];
const deaths = [419, 70, 36, 46, 249, 420, 403, 441, 508, 769, 1154, 1866, 2043, 3496, 4366, 4337, 5279, 6460, 6146];
const nax = [0.068, 1.626, 2.5, 3.143, 2.724, 2.52, 2.481, 2.601, 2.701, 2.663, 2.698, 2.676, 2.645, 2.624, 2.619, 2.593, 2.518, 2.423, 5.247];
const lxPublished = [100000, 99133, 98986, 98910, 98815, 98334, 97704, 97151, 96492, 95588, 94195, 91937, 88711, 83845, 76377, 66225, 53803, 37441, 21134];
const nLxPublished = [99192, 396183, 494741, 494375, 492980, 490106, 487127, 484175, 480384, 474686, 465777, 452188, 432096, 401480, 357713, 301224, 228404, 145182, 110889];

describe("lifeTableAbridged", () => {
  test("lifeTableAbridged has the expected defaults", () => {
    expect(lifeTableDefaults.radix).toBe(100000);
    expect(lifeTableDefaults.ages).toEqual([0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85]);
    expect(lifeTableDefaults.naxOther).toBe(2.5);
  });

  test("lifeTableAbridged({population, deaths, nax}) reproduces Preston et al. (2001) Box 3.1, Austria males 1992, lx and nLx to the person", () => {
    const table = lifeTableAbridged({population, deaths, nax});
    expect(table.lx.map(Math.round)).toEqual(lxPublished);
    expect(table.nLx.map(Math.round)).toEqual(nLxPublished);
    lifeTableConsistent(table);
  });

  test("lifeTableAbridged({population, deaths, sex}) uses the Coale–Demeny nax of Preston Table 3.3 for ages 0 and 1–4 and 2.5 elsewhere", () => {
    const table = lifeTableAbridged({population, deaths, sex: "M"});
    const m0 = deaths[0] / population[0];
    expect(table.nax[0]).toBeCloseTo(0.045 + 2.684 * m0, 12);
    expect(table.nax[1]).toBeCloseTo(1.651 - 2.816 * m0, 12);
    expect(table.nax.slice(2, -1).every((a) => a === 2.5)).toBe(true);
    lifeTableConsistent(table);
  });

  test("lifeTableAbridged throws when the lengths differ, naming them", () => {
    expect(() => lifeTableAbridged({population: [1, 2], deaths: [1]})).toThrow("lifeTableAbridged: 19 ages but 2 population and 1 deaths values");
  });
});
