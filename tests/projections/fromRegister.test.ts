import {beforeAll, describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {
  birthsFromRegister, deathsFromRegister, exposureFromRegister, migrationFromRegister, populationFromRegister,
  registerInputs, reportedYearsFromRegister, syntheticRegister
} from "../../loaders/projections/index.ts";
import {assertInDelta} from "../asserts.ts";
import {tinyRegister, withRegister} from "./withRegister.ts";

describe("projection inputs from a tiny register", () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await withRegister(tinyRegister);
  });

  test("reportedYearsFromRegister(connection) keeps the years with register_start ≤ Y-01-01 and extract_date ≥ Y-12-31", async () => {
    expect((await reportedYearsFromRegister(db)).map((r) => r.year)).toEqual([2020, 2021, 2022]);
    const partial = await withRegister((c) => c.run("INSERT INTO extract_meta VALUES (NULL, DATE '2020-03-01', DATE '2023-12-30')"));
    expect((await reportedYearsFromRegister(partial)).map((r) => r.year)).toEqual([2021, 2022]);
  });

  test("populationFromRegister(connection) counts spells open at Y-12-31 by age in completed years", async () => {
    const rows = await populationFromRegister(db);
    const key = (r: {village_code: string; year: number; sex: string; age: number}) => `${r.village_code} ${r.year} ${r.sex} ${r.age}`;
    expect(rows.map((r) => `${key(r)}: ${r.population}`)).toEqual([
      "A 2020 F 30: 1", "A 2020 M 20: 1", "A 2020 M 35: 1",
      "A 2021 F 0: 1", "A 2021 F 31: 1", "A 2021 M 36: 1",
      "A 2022 F 1: 1", "A 2022 F 32: 1",
      // p5 left B on 2020-12-31, so B is empty at the end of 2020; p7 arrived on 2021-01-01.
      "B 2021 F 26: 1",
      "B 2022 F 27: 1", "B 2022 M 0: 1", "B 2022 M 37: 1"
    ]);
  });

  test("deathsFromRegister(connection) uses the age at death; a 29 February birthday has not passed on 28 February", async () => {
    expect(await deathsFromRegister(db)).toEqual([{village_code: "A", year: 2021, sex: "M", age: 20, deaths: 1}]);
  });

  test("birthsFromRegister(connection) gives the mother's age at the birth, null when no mother is linked", async () => {
    expect(await birthsFromRegister(db)).toEqual([
      {village_code: "A", year: 2021, sex: "F", mother_age: 30, births: 1},
      {village_code: "B", year: 2022, sex: "M", mother_age: null, births: 1}
    ]);
  });

  test("migrationFromRegister(connection) flags a same-day move between villages as internal", async () => {
    const rows = await migrationFromRegister(db);
    expect(rows).toEqual([
      {village_code: "A", year: 2022, sex: "M", age: 37, in_migrants: 0, out_migrants: 1, internal_in: 0, internal_out: 1},
      {village_code: "B", year: 2020, sex: "F", age: 50, in_migrants: 0, out_migrants: 1, internal_in: 0, internal_out: 0},
      {village_code: "B", year: 2021, sex: "F", age: 25, in_migrants: 1, out_migrants: 0, internal_in: 0, internal_out: 0},
      {village_code: "B", year: 2022, sex: "M", age: 37, in_migrants: 1, out_migrants: 0, internal_in: 1, internal_out: 0}
    ]);
  });

  test("exposureFromRegister(connection) splits person-years at birthdays, with 29 February births ageing on 1 March", async () => {
    const rows = await exposureFromRegister(db);
    const get = (village: string, year: number, sex: string, age: number) => rows.find((r) => r.village_code === village && r.year === year && r.sex === sex && r.age === age)?.person_years;
    assertInDelta(get("A", 2020, "M", 19)!, 59 / 366, 1e-12); // p2: 1 Jan – 28 Feb 2020
    assertInDelta(get("A", 2020, "M", 20)!, 307 / 366, 1e-12); // p2: 29 Feb – 31 Dec 2020
    assertInDelta(get("A", 2021, "M", 20)!, 58 / 365, 1e-12); // p2: 1 Jan – 27 Feb 2021, died 28 Feb
    assertInDelta(get("A", 2020, "F", 29)!, 166 / 366, 1e-12); // p1 before her birthday on 15 June
    assertInDelta(get("A", 2020, "F", 30)!, 200 / 366, 1e-12);
    assertInDelta(get("A", 2021, "F", 0)!, 201 / 365, 1e-12); // p3 born 14 June 2021
    assertInDelta(get("B", 2020, "F", 49)! + get("B", 2020, "F", 50)!, 365 / 366, 1e-12); // p5 left on 31 December
  });

  test("registerInputs(connection) arranges rows by year and village and sums the town", async () => {
    const inputs = await registerInputs(db);
    expect(inputs.years).toEqual([2020, 2021, 2022]);
    expect(inputs.villages).toEqual(["A", "B"]);
    const a2021 = inputs.byVillage[1][0];
    expect(a2021.population.F[0]).toBe(1);
    expect(a2021.population.F[6]).toBe(1);
    expect(a2021.deaths.M[4]).toBe(1);
    expect(a2021.births).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(inputs.byVillage[2][1].birthsUnknownMother).toBe(1);
    expect(inputs.town[2].netMigrants.M[7]).toBe(0); // the internal move cancels in the town
    expect(inputs.town[2].moves).toEqual({in: 1, out: 1, internalIn: 1, internalOut: 1});
    expect(inputs.town[0].population.M[4] + inputs.town[0].population.M[7]).toBe(2);
  });
});

describe("projection inputs from a simulated register", () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await withRegister((c) => syntheticRegister(c, {villages: 8, firstYear: 2016, lastYear: 2022}));
  });

  test("registerInputs(connection) balances: P(Y) = P(Y−1) + births − deaths + net migrants in every village", async () => {
    const inputs = await registerInputs(db);
    const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);
    for (let y = 1; y < inputs.years.length; ++y) {
      for (let v = 0; v < inputs.villages.length; ++v) {
        const now = inputs.byVillage[y][v];
        const before = inputs.byVillage[y - 1][v];
        const change = sum(now.population.F) + sum(now.population.M) - sum(before.population.F) - sum(before.population.M);
        const births = now.birthsBySex.F + now.birthsBySex.M;
        const deaths = sum(now.deaths.F) + sum(now.deaths.M);
        expect(change, `${inputs.villages[v]} ${inputs.years[y]}`).toBe(births - deaths + sum(now.netMigrants.F) + sum(now.netMigrants.M));
      }
    }
  });

  test("registerInputs(connection) person-years lie close to the mean of the two year-end populations", async () => {
    const inputs = await registerInputs(db);
    const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);
    for (let y = 1; y < inputs.years.length; ++y) {
      const t = inputs.town[y];
      const exposure = sum(t.exposure.F) + sum(t.exposure.M);
      const mean = (sum(t.population.F) + sum(t.population.M) + sum(inputs.town[y - 1].population.F) + sum(inputs.town[y - 1].population.M)) / 2;
      expect(Math.abs(exposure / mean - 1)).toBeLessThan(0.01);
      expect(sum(t.exposureInfant.F) + sum(t.exposureInfant.M)).toBeCloseTo(t.exposure.F[0] + t.exposure.M[0], 9);
    }
  });
});
