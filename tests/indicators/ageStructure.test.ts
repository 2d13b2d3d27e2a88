import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {rowOf, villageYearRows, type Person, type Register} from "./register.ts";

// Ages in full years on 2020-12-31 (pop_end of 2020).
const people: Person[] = [
  {id: "age0", sex: "M", birth: "2020-12-31"},    // 0, born on the last day → 0-4
  {id: "age4", sex: "F", birth: "2016-01-01"},    // 4 → 0-4
  {id: "age5", sex: "M", birth: "2015-12-31"},    // 5 (birthday that day) → 5-9
  {id: "age14", sex: "F", birth: "2006-06-30"},   // 14 → 10-14
  {id: "age15", sex: "M", birth: "2005-12-31"},   // 15 → 15-19
  {id: "age64", sex: "F", birth: "1956-01-01"},   // 64 → 60-64
  {id: "age65", sex: "M", birth: "1955-12-31"},   // 65 → 65-69
  {id: "age84", sex: "F", birth: "1936-06-01"},   // 84 → 80-84
  {id: "age85", sex: "F", birth: "1935-12-31"},   // 85 → 85+
  {id: "age101", sex: "M", birth: "1919-05-05"}   // 101 → 85+
];

const register: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"]],
  persons: people,
  spells: people.map((p) => [p.id, "V1", p.id === "age0" ? p.birth : "2020-01-01", p.id === "age0" ? "birth" : "initial"])
};

describe("ageStructure", () => {
  test("computeIndicators(connection) fills age_sex with every group of both sexes, 85+ included, zeros kept", async () => {
    await withDatabase(async (connection) => {
      await villageYearRows(connection, register);
      const rows = await rowsFromTable<{village_code: string; sex: string; age_group: string; population: number}>(connection,
        "SELECT village_code, sex, age_group, population FROM age_sex WHERE year = 2020");
      // 3 units (TOWN, V1, V2) × 2 sexes × 18 groups = 108 rows, in order TOWN, V1, V2; M then F; by age.
      expect(rows.length).toBe(108);
      expect(rows.slice(0, 18).map((r) => r.age_group)).toEqual([
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
        "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"]);
      expect([...new Set(rows.map((r) => r.village_code))]).toEqual(["TOWN", "V1", "V2"]);
      const v1 = (sex: string, group: string) => rows.find((r) => r.village_code === "V1" && r.sex === sex && r.age_group === group)?.population;
      expect([v1("M", "0-4"), v1("F", "0-4"), v1("M", "5-9"), v1("F", "10-14"), v1("M", "15-19")]).toEqual([1, 1, 1, 1, 1]);
      expect([v1("F", "60-64"), v1("M", "65-69"), v1("F", "80-84"), v1("F", "85+"), v1("M", "85+")]).toEqual([1, 1, 1, 1, 1]);
      expect([v1("M", "10-14"), v1("M", "80-84"), v1("F", "5-9")]).toEqual([0, 0, 0]);
      // Groups sum to pop_end: 10 in V1, 0 in V2 (every V2 row present with 0).
      expect(rows.filter((r) => r.village_code === "V1").reduce((s, r) => s + r.population, 0)).toBe(10);
      expect(rows.filter((r) => r.village_code === "V2").every((r) => r.population === 0)).toBe(true);
    });
  });

  test("computeIndicators(connection) gives shares of pop_end and dependency ratios per 100 aged 15–64", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2020, "V1");
      // 0–14: age0, age4, age5, age14 → 4; 15–64: age15, age64 → 2; 65+: age65, age84, age85, age101 → 4;
      // 15–59: age15 → 1; 60+: age64 + the four 65+ → 5. pop_end 10.
      expect([v1.pop_end, v1.pop_0_14, v1.pop_15_64, v1.pop_65_plus, v1.pop_15_59, v1.pop_60_plus]).toEqual([10, 4, 2, 4, 1, 5]);
      // shares: 40, 20, 40, 50 (%).
      for (const [column, expected] of [["share_0_14", 40], ["share_15_64", 20], ["share_65_plus", 40], ["share_60_plus", 50]] as const) {
        assertInDelta(v1[column], expected, 1e-12);
      }
      // dependency (4 + 4) / 2 × 100 = 400; child 4 / 2 × 100 = 200; old 4 / 2 × 100 = 200.
      assertInDelta(v1.dependency_ratio, 400, 1e-12);
      assertInDelta(v1.child_dependency_ratio, 200, 1e-12);
      assertInDelta(v1.old_dependency_ratio, 200, 1e-12);
    });
  });
});
