import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {exposureFromRegister, syntheticRegister} from "../../loaders/projections/index.ts";
import {awkwardRegister, withRegister} from "./withRegister.ts";

// exposureFromRegister counts whole years by group and cuts only a spell's partial first and last
// years; the reference cuts every spell-year one by one, the plain reading of the definition.
const reference = readFileSync(new URL("./exposureReference.sql", import.meta.url), "utf8");

async function bothExposures(connection: DuckDBConnection) {
  const fast = await exposureFromRegister(connection); // also creates the macros the reference needs
  const slow = (await connection.runAndReadAll(reference)).getRowObjectsJS();
  return {fast, slow};
}

describe("exposureFromRegister gives the same person-years as cutting every spell-year", () => {
  test("on awkward dates over whole reported years", async () => {
    const {fast, slow} = await bothExposures(await withRegister((c) => awkwardRegister(c, "2015-01-01", "2024-12-31")));
    expect(fast.length).toBeGreaterThan(300);
    expect(fast).toEqual(slow);
  });

  test("on awkward dates with a register that starts and ends mid-year", async () => {
    const {fast, slow} = await bothExposures(await withRegister((c) => awkwardRegister(c, "2016-03-01", "2023-06-30")));
    expect(new Set(fast.map((r) => r.year))).toEqual(new Set([2017, 2018, 2019, 2020, 2021, 2022]));
    expect(fast).toEqual(slow);
  });

  test("on a simulated town", async () => {
    const {fast, slow} = await bothExposures(await withRegister((c) => syntheticRegister(c, {villages: 6, seed: 0.17})));
    expect(fast.length).toBeGreaterThan(5000);
    expect(fast).toEqual(slow);
  });
});
