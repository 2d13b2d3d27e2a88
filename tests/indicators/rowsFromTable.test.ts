import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";

// loaders/store/readRows.ts was written with the indicators stage, which reads every table through it.
describe("rowsFromTable", () => {
  test("rowsFromTable(connection, sql) turns BIGINT and HUGEINT counts into numbers and keeps NULL", async () => {
    await withDatabase(async (connection) => {
      const rows = await rowsFromTable(connection, "SELECT 3::BIGINT AS n, sum(x)::HUGEINT AS total, 2.5::DOUBLE AS rate, NULL::INTEGER AS missing FROM (VALUES (1), (2)) v(x)");
      expect(rows).toEqual([{n: 3, total: 3, rate: 2.5, missing: null}]);
    });
  });

  test("rowsFromTable(connection, sql, values) binds parameters and refuses a count beyond 2^53", async () => {
    await withDatabase(async (connection) => {
      expect(await rowsFromTable(connection, "SELECT $a::INTEGER + 1 AS b", {a: 41})).toEqual([{b: 42}]);
      await expect(rowsFromTable(connection, "SELECT 9007199254740993::BIGINT AS big"))
        .rejects.toThrow(
          new Error("整数超出可精确表示的范围:列 big,值 9007199254740993 / integer out of safe range: column big, value 9007199254740993")
        );
    });
  });
});
