import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {defaults} from "../../loaders/indicators/defaults.ts";
import {rowOf, villageYearRows, type Register} from "./register.ts";

const check = "免费孕前优生健康检查";
const register: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"], ["V3"], ["V4"]],
  persons: [{id: "p", sex: "F", birth: "1990-01-01"}],
  spells: [["p", "V1", "2020-01-01", "initial"]],
  services: [
    [2020, "V1", check, 10, 8],
    [2020, "V2", check, 30, 20],
    [2020, "V3", check, 0, 0],
    [2020, "V1", "其他项目", 5, 5],
    [2019, "V1", check, 4, 1]   // a year the register does not report: kept in service_coverage
  ]
};

describe("serviceCoverage", () => {
  test("defaults.prepregnancyProject is 免费孕前优生健康检查", () => {
    expect(defaults.prepregnancyProject).toBe(check);
  });

  test("computeIndicators(connection) sums services to TOWN per project before dividing", async () => {
    await withDatabase(async (connection) => {
      await villageYearRows(connection, register);
      const rows = await rowsFromTable(connection, "SELECT * FROM service_coverage");
      // 2019: TOWN 4/1 then V1; 2020: TOWN per project (check 10+30+0 = 40, 8+20+0 = 28; 其他项目 5/5), then villages.
      // Projects sort by code point: 免 (U+514D) before 其 (U+5176).
      expect(rows.map((r) => [r.year, r.village_code, r.project, r.eligible, r.served])).toEqual([
        [2019, "TOWN", check, 4, 1],
        [2019, "V1", check, 4, 1],
        [2020, "TOWN", check, 40, 28],
        [2020, "TOWN", "其他项目", 5, 5],
        [2020, "V1", check, 10, 8],
        [2020, "V1", "其他项目", 5, 5],
        [2020, "V2", check, 30, 20],
        [2020, "V3", check, 0, 0]
      ]);
      // TOWN coverage 28 / 40 × 100 = 70 (the mean of village rates 80, 66.7 would be 73.3); V3: 0/0 → NULL.
      assertInDelta(rows[2].coverage_rate as number, 70, 1e-12);
      expect(rows[7].coverage_rate).toBeNull();
    });
  });

  test("computeIndicators(connection) takes prepregnancy columns from the configured project, NULL without a row", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const town = rowOf(rows, 2020, "TOWN");
      expect([town.prepregnancy_eligible, town.prepregnancy_served]).toEqual([40, 28]);
      assertInDelta(town.prepregnancy_check_coverage_rate, 70, 1e-12);
      // V1: 8 / 10 × 100 = 80. V4 has no row: not reported → NULL, not 0.
      assertInDelta(rowOf(rows, 2020, "V1").prepregnancy_check_coverage_rate, 80, 1e-12);
      const v4 = rowOf(rows, 2020, "V4");
      expect([v4.prepregnancy_eligible, v4.prepregnancy_served, v4.prepregnancy_check_coverage_rate]).toEqual([null, null, null]);
    });
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register, {prepregnancyProject: "其他项目"});
      // With the other project: V1 5 / 5 → 100; V2 has no row of it → NULL.
      expect([rowOf(rows, 2020, "V1").prepregnancy_check_coverage_rate, rowOf(rows, 2020, "V2").prepregnancy_eligible]).toEqual([100, null]);
    });
  });
});
