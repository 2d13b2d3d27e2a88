import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {computeIndicators} from "../../loaders/indicators/computeIndicators.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {rowOf, villageYearRows, type Register} from "./register.ts";

// V1: one person all year (pop_avg 1); V2: one person all year (pop_avg 1); V3: nobody (pop_avg 0).
const base: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"], ["V3"]],
  persons: [{id: "p", sex: "F", birth: "1990-01-01"}, {id: "q", sex: "M", birth: "1990-01-01"}],
  spells: [["p", "V1", "2020-01-01", "initial"], ["q", "V2", "2020-01-01", "initial"]]
};

describe("funding", () => {
  test("computeIndicators(connection) leaves funding empty everywhere without any funding row", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, base);
      expect(rows.map((r) => [r.village_code, r.funding_yuan, r.funding_per_capita])).toEqual([
        ["TOWN", null, null], ["V1", null, null], ["V2", null, null], ["V3", null, null]
      ]);
    });
  });

  test("computeIndicators(connection) gives TOWN all funding of the year and a village without rows 0", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, {
        ...base,
        funding: [[2020, "V1", 100], [2020, "V1", 50], [2020, null, 300], [2020, "V3", 40], [2019, "V2", 999]]
      });
      // V1: 100 + 50 = 150; per head of pop_avg 1 → 150.
      expect([rowOf(rows, 2020, "V1").funding_yuan, rowOf(rows, 2020, "V1").funding_per_capita]).toEqual([150, 150]);
      // V2: no row in 2020 (the 2019 row is another year) → 0 and 0 / 1 = 0.
      expect([rowOf(rows, 2020, "V2").funding_yuan, rowOf(rows, 2020, "V2").funding_per_capita]).toEqual([0, 0]);
      // V3: 40 yuan but pop_avg 0 → per capita NULL.
      expect([rowOf(rows, 2020, "V3").funding_yuan, rowOf(rows, 2020, "V3").funding_per_capita]).toEqual([40, null]);
      // TOWN: 150 + 300 (unattributed) + 40 = 490; pop_avg 2 → 245.
      const town = rowOf(rows, 2020, "TOWN");
      expect(town.funding_yuan).toBe(490);
      assertInDelta(town.funding_per_capita, 245, 1e-12);
    });
  });
});

describe("funding with a file that has no rows", () => {
  test("computeIndicators(connection) gives 0 funding, not empty, when the extract has a funding file without rows", async () => {
    await withDatabase(async (connection) => {
      await connection.run(`INSERT INTO extract_meta VALUES (NULL, DATE '2020-01-01', DATE '2020-12-31')`);
      await connection.run(`INSERT INTO extract_tables VALUES ('villages'), ('persons'), ('residence'), ('funding')`);
      await connection.run(`INSERT INTO villages VALUES ('V1', '东村', NULL, 1)`);
      await connection.run(`INSERT INTO persons VALUES ('P1', 'F', DATE '1990-01-01', 'registered', NULL, NULL, NULL, 1)`);
      await connection.run(`INSERT INTO residence VALUES ('P1', 'V1', DATE '2020-01-01', 'initial', NULL, NULL, 1)`);
      await computeIndicators(connection);
      const rows = await rowsFromTable(connection, "SELECT village_code, funding_yuan, funding_per_capita FROM village_year ORDER BY village_code");
      // pop_avg = 1 in both rows, so 0 yuan is 0 yuan per person.
      expect(rows).toEqual([{village_code: "TOWN", funding_yuan: 0, funding_per_capita: 0}, {village_code: "V1", funding_yuan: 0, funding_per_capita: 0}]);
    });
  });
});
