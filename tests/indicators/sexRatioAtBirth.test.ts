import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, wilson, type Person, type Register} from "./register.ts";

/** A register of 2020 whose village V1 has `boys` and `girls` births (and V2 none). */
function births(boys: number, girls: number): Register {
  const persons: Person[] = [];
  for (let i = 0; i < boys + girls; i++) persons.push({id: `c${i}`, sex: i < boys ? "M" : "F", birth: "2020-06-01"});
  persons.push({id: "adult", sex: "F", birth: "1990-01-01"});
  return {
    meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
    villages: [["V1"], ["V2"]],
    persons,
    spells: [
      ...persons.filter((p) => p.id !== "adult").map((p): [string, string, string, string] => [p.id, "V1", p.birth, "birth"]),
      ["adult", "V2", "2020-01-01", "initial"]
    ]
  };
}

describe("sexRatioAtBirth", () => {
  test("computeIndicators(connection) gives 6 boys and 4 girls a ratio of 150 with the Wilson interval of p = 0.6, n = 10", async () => {
    await withDatabase(async (connection) => {
      const row = rowOf(await villageYearRows(connection, births(6, 4)), 2020, "V1");
      // SRB = 6 / 4 × 100 = 150.
      expect(row.sex_ratio_at_birth).toBe(150);
      // Wilson, z = 1.959964 (z² = 3.841459), p = 0.6, n = 10: denominator 1 + z²/10 = 1.3841459;
      // centre (0.6 + z²/20) / 1.3841459 = 0.7920730 / 1.3841459 = 0.572249;
      // half z / 1.3841459 × √(0.6·0.4/10 + z²/400) = 1.416008 × √0.0336036 = 1.416008 × 0.183313 = 0.259573
      // → p ∈ [0.312676, 0.831822], ratio p/(1−p)×100 ∈ [45.49, 494.6]. The same from the formula:
      const [low, high] = wilson(6, 10);
      assertInDelta(low, 0.312676, 1e-5);
      assertInDelta(high, 0.831822, 1e-5);
      assertInDelta(row.sex_ratio_at_birth_low, 45.49, 0.01);
      assertInDelta(row.sex_ratio_at_birth_high, 494.6, 0.1);
      assertInDelta(row.sex_ratio_at_birth_low, (low / (1 - low)) * 100, 1e-9);
      assertInDelta(row.sex_ratio_at_birth_high, (high / (1 - high)) * 100, 1e-9);
    });
  });

  test("computeIndicators(connection) leaves the ratio and the upper bound empty when no girl is born", async () => {
    await withDatabase(async (connection) => {
      const row = rowOf(await villageYearRows(connection, births(3, 0)), 2020, "V1");
      // 3 boys, 0 girls: 3/0 has no value; the Wilson upper bound of p = 1 is 1 → no upper bound.
      expect(row.sex_ratio_at_birth).toBeNull();
      expect(row.sex_ratio_at_birth_high).toBeNull();
      // Lower bound from p = 1, n = 3: pL = 3 / (3 + z²) = 3 / 6.841459 = 0.438503 → 78.10.
      const [low] = wilson(3, 3);
      assertInDelta(low, 3 / (3 + 1.959964 ** 2), 1e-12);
      assertInDelta(row.sex_ratio_at_birth_low, (low / (1 - low)) * 100, 1e-9);
    });
  });

  test("computeIndicators(connection) gives a lower bound of 0 with no boy, and no value at all without births", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, births(0, 2));
      const v1 = rowOf(rows, 2020, "V1");
      // 0 boys, 2 girls: ratio 0, lower bound 0, upper bound from p = 0, n = 2: pH = z² / (2 + z²) = 0.657620 → 192.07.
      expect([v1.sex_ratio_at_birth, v1.sex_ratio_at_birth_low]).toEqual([0, 0]);
      const pH = 1.959964 ** 2 / (2 + 1.959964 ** 2);
      assertInDelta(v1.sex_ratio_at_birth_high, (pH / (1 - pH)) * 100, 1e-9);
      const v2 = rowOf(rows, 2020, "V2");
      expect([v2.sex_ratio_at_birth, v2.sex_ratio_at_birth_low, v2.sex_ratio_at_birth_high]).toEqual([null, null, null]);
    });
  });
});
