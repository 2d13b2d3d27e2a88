import {describe, expect, test} from "vitest";
import {migrationFromRegister, populationFromRegister, registerInputs, syntheticRegister} from "../../loaders/projections/index.ts";
import {withRegister} from "./withRegister.ts";

const group = (age: number) => Math.min(17, Math.floor(age / 5));

describe("registerInputs sums population and moves by age group in SQL (byAgeGroup)", () => {
  test("registerInputs(connection) holds the single-age rows of populationFromRegister and migrationFromRegister added up by group", async () => {
    const db = await withRegister((c) => syntheticRegister(c, {villages: 4, seed: 0.31}));
    const inputs = await registerInputs(db);
    const population = await populationFromRegister(db);
    const migration = await migrationFromRegister(db);
    // the same arrays, built from the single ages in JavaScript
    const expected = inputs.years.map(() => inputs.villages.map(() => ({
      population: {F: new Array<number>(18).fill(0), M: new Array<number>(18).fill(0)},
      netMigrants: {F: new Array<number>(18).fill(0), M: new Array<number>(18).fill(0)},
      moves: {in: 0, out: 0, internalIn: 0, internalOut: 0}
    })));
    const at = (r: {village_code: string; year: number}) => expected[inputs.years.indexOf(r.year)]![inputs.villages.indexOf(r.village_code)]!;
    for (const r of population) at(r).population[r.sex][group(r.age)] += r.population;
    for (const r of migration) {
      const u = at(r);
      u.netMigrants[r.sex][group(r.age)] += r.in_migrants - r.out_migrants;
      u.moves.in += r.in_migrants;
      u.moves.out += r.out_migrants;
      u.moves.internalIn += r.internal_in;
      u.moves.internalOut += r.internal_out;
    }
    const actual = inputs.byVillage.map((units) => units.map(({population, netMigrants, moves}) => ({population, netMigrants, moves})));
    expect(actual).toEqual(expected);
    // the register reaches the open group 85+ and has moves, so every branch is exercised
    expect(population.some((r) => r.age === 85)).toBe(true);
    expect(inputs.town.some((t) => t.population.F[17]! + t.population.M[17]! > 0)).toBe(true);
    expect(migration.length).toBeGreaterThan(50);
  });
});
