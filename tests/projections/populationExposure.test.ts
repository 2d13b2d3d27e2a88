import {describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {exposureFromRegister, populationExposureFromRegister, populationFromRegister, syntheticRegister} from "../../loaders/projections/index.ts";
import {awkwardRegister, tinyRegister, withRegister} from "./withRegister.ts";

// populationExposureFromRegister takes the population at 31 December from its cut of the spells into
// person-years; populationFromRegister counts it directly from the years spells start and end in.
async function bothPopulations(connection: DuckDBConnection) {
  const rows = await populationExposureFromRegister(connection);
  const direct = await populationFromRegister(connection);
  const fromCut = rows.filter((r) => r.population > 0).map(({village_code, year, sex, age, population}) => ({village_code, year, sex, age, population}));
  return {rows, direct, fromCut};
}

describe("populationExposureFromRegister gives populationFromRegister's population and exposureFromRegister's person-years", () => {
  test("populationExposureFromRegister(connection) on the tiny register", async () => {
    const db = await withRegister(tinyRegister);
    const {rows, direct, fromCut} = await bothPopulations(db);
    expect(fromCut).toEqual(direct);
    // p5 left B on 2020-12-31: she lived in 2020 but is not there at its end
    expect(rows.filter((r) => r.village_code === "B" && r.year === 2020).map((r) => [r.age, r.population])).toEqual([[49, 0], [50, 0]]);
    // p7 arrived in B on 2021-01-01 (born 1995-12-31): the whole year, at 25 then 26 from her birthday on 31 December
    expect(rows.filter((r) => r.village_code === "B" && r.year === 2021).map((r) => [r.age, r.population])).toEqual([[25, 0], [26, 1]]);
    expect(rows.map(({village_code, year, sex, age, person_years}) => ({village_code, year, sex, age, person_years}))).toEqual(await exposureFromRegister(db));
  });

  test("populationExposureFromRegister(connection) on awkward dates over whole reported years", async () => {
    const {direct, fromCut} = await bothPopulations(await withRegister((c) => awkwardRegister(c, "2015-01-01", "2024-12-31")));
    expect(direct.length).toBeGreaterThan(200);
    expect(fromCut).toEqual(direct);
  });

  test("populationExposureFromRegister(connection) on awkward dates with a register that starts and ends mid-year", async () => {
    const {direct, fromCut} = await bothPopulations(await withRegister((c) => awkwardRegister(c, "2016-03-01", "2023-06-30")));
    expect(new Set(direct.map((r) => r.year))).toEqual(new Set([2017, 2018, 2019, 2020, 2021, 2022]));
    expect(fromCut).toEqual(direct);
  });

  test("populationExposureFromRegister(connection) on a simulated town, up to 85+", async () => {
    const {direct, fromCut} = await bothPopulations(await withRegister((c) => syntheticRegister(c, {villages: 6, seed: 0.17})));
    expect(direct.length).toBeGreaterThan(3000);
    expect(direct.some((r) => r.age === 85)).toBe(true);
    expect(fromCut).toEqual(direct);
  });
});
