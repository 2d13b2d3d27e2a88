import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import type {DuckDBConnection} from "@duckdb/node-api";
import {exposureFromRegister, syntheticRegister} from "../../loaders/projections/index.ts";
import {withRegister} from "./withRegister.ts";

// exposureFromRegister counts whole years by group and cuts only a spell's partial first and last
// years; the reference cuts every spell-year one by one, the plain reading of the definition.
const reference = readFileSync(new URL("./exposureReference.sql", import.meta.url), "utf8");

async function bothExposures(connection: DuckDBConnection) {
  const fast = await exposureFromRegister(connection); // also creates the macros the reference needs
  const slow = (await connection.runAndReadAll(reference)).getRowObjectsJS();
  return {fast, slow};
}

/**
 * A register of awkward dates: births on 29 February, 1 January and 31 December, in and around the
 * reported years; spells starting and ending on 1 January, 31 December and 29 February, open spells,
 * spells that start before the register or before the person's birth, one-day and empty spells.
 */
async function awkwardRegister(connection: DuckDBConnection, registerStart: string, extractDate: string): Promise<void> {
  await connection.run(`INSERT INTO extract_meta VALUES (NULL, DATE '${registerStart}', DATE '${extractDate}')`);
  await connection.run(`
    CREATE TEMP TABLE awkward_days AS
      SELECT unnest([DATE '2000-02-29', DATE '2016-02-29', DATE '2020-02-29', DATE '2015-01-01', DATE '2016-12-31',
                     DATE '2019-12-31', DATE '2020-01-01', DATE '2021-03-01', DATE '2018-02-28', DATE '1930-07-15',
                     DATE '2022-06-30', DATE '2023-01-01', DATE '2024-12-31', DATE '2025-01-01']) AS day;
    INSERT INTO persons
      SELECT 'p' || row_number() OVER (ORDER BY b.day, s.sex), s.sex, b.day, 'registered', NULL, NULL, NULL, 1
      FROM awkward_days AS b CROSS JOIN (VALUES ('F'), ('M')) AS s(sex);
    -- every person gets a spell for every (start, end) pair of awkward days with start ≤ end, and open spells
    INSERT INTO residence
      SELECT p.person_id, CASE WHEN hash(p.person_id, s.day, e.day) % 3 = 0 THEN 'A' ELSE 'B' END,
             s.day, 'initial', e.day, CASE WHEN e.day IS NULL THEN NULL ELSE 'out_migration' END, 1
      FROM persons AS p
      CROSS JOIN awkward_days AS s
      CROSS JOIN (SELECT day FROM awkward_days UNION ALL SELECT NULL) AS e(day)
      WHERE e.day IS NULL OR e.day >= s.day;
    DROP TABLE awkward_days;
  `);
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
