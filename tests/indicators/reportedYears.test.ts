import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {reportedYears} from "../../loaders/indicators/reportedYears.ts";

async function yearsOf(registerStart: string, extractDate: string): Promise<number[]> {
  return withDatabase(async (connection) => {
    await connection.run(`INSERT INTO extract_meta VALUES (NULL, '${registerStart}', '${extractDate}')`);
    return reportedYears(connection);
  });
}

describe("reportedYears", () => {
  test("reportedYears(connection) keeps the years the register covers from 01-01 to 12-31", async () => {
    // 2019-01-01 … 2021-12-31 covers 2019, 2020 and 2021 whole.
    expect(await yearsOf("2019-01-01", "2021-12-31")).toEqual([2019, 2020, 2021]);
    // Starting on 2019-01-02 misses 1 January 2019; ending on 2021-12-30 misses 31 December 2021.
    expect(await yearsOf("2019-01-02", "2021-12-31")).toEqual([2020, 2021]);
    expect(await yearsOf("2019-01-01", "2021-12-30")).toEqual([2019, 2020]);
    // Less than one whole year: none.
    expect(await yearsOf("2020-03-01", "2021-02-28")).toEqual([]);
  });

  test("reportedYears(connection) is empty without extract_meta", async () => {
    expect(await withDatabase((connection) => reportedYears(connection))).toEqual([]);
  });
});
