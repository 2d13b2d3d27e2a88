import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, type Person, type Register} from "./register.ts";

// Ages in full years on 2020-12-31 (pop_end of 2020), on both sides of 6 and 14.
const people: Person[] = [
  {id: "age5", sex: "M", birth: "2015-12-31"},    // 5 (birthday that day): not school age, though in 5-9
  {id: "age5b", sex: "F", birth: "2015-01-01"},   // 5: not school age
  {id: "age6", sex: "M", birth: "2014-12-31"},    // 6 (birthday that day)
  {id: "age6b", sex: "F", birth: "2014-01-01"},   // 6
  {id: "age9", sex: "F", birth: "2011-07-15"},    // 9
  {id: "age14", sex: "M", birth: "2006-01-01"},   // 14
  {id: "age15", sex: "F", birth: "2005-12-31"},   // 15 (birthday that day): not school age
  {id: "left", sex: "M", birth: "2012-03-03"},    // 8, but moved out in 2020: not in pop_end
  {id: "v2kid", sex: "F", birth: "2010-10-10"}    // 10, in V2
];

const register: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"]],
  persons: people,
  spells: people.map((p) =>
    p.id === "left" ? [p.id, "V1", "2020-01-01", "initial", "2020-06-30", "out"] : [p.id, p.id === "v2kid" ? "V2" : "V1", "2020-01-01", "initial"]
  )
};

describe("schoolAge", () => {
  test("computeIndicators(connection) counts pop_6_14 from exact ages at 31 December, not from the five-year groups", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2020, "V1");
      // V1 at year end: age5, age5b, age6, age6b, age9, age14, age15 (left moved out): 6–14 → age6, age6b, age9, age14.
      expect(v1.pop_end).toBe(7);
      expect(v1.pop_6_14).toBe(4);
      // The five-year groups would give 4/5 × (5–9: age5, age5b, age6, age6b, age9 → 5) + (10–14: age14 → 1) = 5.
      expect(v1.pop_6_14).not.toBe(0.8 * 5 + 1);
      expect(rowOf(rows, 2020, "V2").pop_6_14).toBe(1);
      expect(rowOf(rows, 2020, "TOWN").pop_6_14).toBe(5);
    });
  });

  test("computeIndicators(connection) gives pop_6_14 = 0, not empty, where nobody is of school age", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, {...register, persons: people.slice(0, 2), spells: register.spells.slice(0, 2)});
      expect(rowOf(rows, 2020, "V1").pop_6_14).toBe(0);
      expect(rowOf(rows, 2020, "V2").pop_6_14).toBe(0);
    });
  });
});
