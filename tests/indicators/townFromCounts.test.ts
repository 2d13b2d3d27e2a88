import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, type Person, type Register} from "./register.ts";

// V1: 10 people all year and one birth (pop_start 10, pop_end 11); V2: 2 people all year; V3: nobody.
const adults: Person[] = Array.from({length: 12}, (_, i) => ({id: `a${i}`, sex: i % 2 ? "M" : "F", birth: "1970-01-01"}));
const register: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"], ["V3"]],
  persons: [...adults, {id: "baby", sex: "M", birth: "2020-06-01"}],
  spells: [
    ...adults.map((p, i): [string, string, string, string] => [p.id, i < 10 ? "V1" : "V2", "2020-01-01", "initial"]),
    ["baby", "V1", "2020-06-01", "birth"]
  ]
};

describe("TOWN", () => {
  test("computeIndicators(connection) computes TOWN rates from summed counts, not by averaging village rates", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2020, "V1");
      const v2 = rowOf(rows, 2020, "V2");
      const town = rowOf(rows, 2020, "TOWN");
      // V1: 1 / 10.5 × 1000 = 95.238‰; V2: 0 / 2 × 1000 = 0‰; their mean would be 47.619‰.
      assertInDelta(v1.birth_rate, 1000 / 10.5, 1e-9);
      expect(v2.birth_rate).toBe(0);
      // TOWN: pop_start 12, pop_end 13, pop_avg 12.5; 1 / 12.5 × 1000 = 80‰.
      expect([town.pop_start, town.pop_end, town.pop_avg, town.births]).toEqual([12, 13, 12.5, 1]);
      assertInDelta(town.birth_rate, 80, 1e-9);
      expect(Math.abs(town.birth_rate - (v1.birth_rate + v2.birth_rate) / 2)).toBeGreaterThan(30);
    });
  });

  test("computeIndicators(connection) leaves every ratio with a zero denominator NULL, never 0, Infinity or NaN", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v3 = rowOf(rows, 2020, "V3");
      // V3 has nobody: counts 0, every ratio NULL.
      expect([v3.pop_start, v3.pop_end, v3.births, v3.women_15_49]).toEqual([0, 0, 0, 0]);
      for (const column of ["birth_rate", "death_rate", "natural_growth_rate", "sex_ratio", "sex_ratio_at_birth",
        "sex_ratio_at_birth_low", "sex_ratio_at_birth_high", "policy_compliance_rate", "multichild_out_of_policy_rate",
        "gfr", "tfr", "share_0_14", "share_15_64", "share_65_plus", "share_60_plus", "dependency_ratio",
        "child_dependency_ratio", "old_dependency_ratio", "prepregnancy_check_coverage_rate", "funding_per_capita"]) {
        expect(v3[column], column).toBeNull();
      }
      // V2 (two 50-year-olds, no child, no elderly): dependency ratios 0, not NULL; no birth → SRB NULL.
      const v2 = rowOf(rows, 2020, "V2");
      expect([v2.dependency_ratio, v2.sex_ratio_at_birth]).toEqual([0, null]);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === "number") expect(Number.isFinite(value), `${row.village_code} ${column}`).toBe(true);
        }
      }
    });
  });
});
