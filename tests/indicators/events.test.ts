import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, type Register} from "./register.ts";

// Two villages, register 2020-01-01 … 2020-12-31 (reported year 2020 only).
const register: Register = {
  meta: {region: "测试镇", register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1", "一村"], ["V2", "二村", "community"]],
  persons: [
    {id: "boy", sex: "M", birth: "2020-03-01"},
    {id: "girl", sex: "F", birth: "2020-04-01"},
    {id: "girl_died", sex: "F", birth: "2020-05-01"},
    {id: "h", sex: "M", birth: "1980-01-01"},
    {id: "k", sex: "F", birth: "1981-01-01"},
    {id: "l", sex: "M", birth: "1982-01-01"},
    {id: "q", sex: "F", birth: "1983-01-01", hukou: "migrant"},
    {id: "r", sex: "M", birth: "1984-01-01"}
  ],
  spells: [
    ["boy", "V1", "2020-03-01", "birth"],
    ["girl", "V1", "2020-04-01", "birth"],
    ["girl_died", "V1", "2020-05-01", "birth", "2020-05-01", "death"],   // born and died the same day
    // h moves V1 → V2 on 2020-06-01 (a move inside the town)
    ["h", "V1", "2020-01-01", "initial", "2020-06-01", "out_migration"],
    ["h", "V2", "2020-06-01", "in_migration"],
    // k moves V1 → V2 on 2020-12-31
    ["k", "V1", "2020-01-01", "initial", "2020-12-31", "out_migration"],
    ["k", "V2", "2020-12-31", "in_migration"],
    // l moves V1 → V2 on 2020-01-01
    ["l", "V1", "2020-01-01", "initial", "2020-01-01", "out_migration"],
    ["l", "V2", "2020-01-01", "in_migration"],
    // q arrives in V2 from outside the town; r leaves V1 for outside the town
    ["q", "V2", "2020-07-01", "in_migration"],
    ["r", "V1", "2020-01-01", "initial", "2020-08-01", "out_migration"]
  ]
};

describe("events", () => {
  test("computeIndicators(connection) counts births by sex, including a child born and dead the same day", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2020, "V1");
      // births: boy, girl, girl_died → 3 (1 boy, 2 girls); deaths: girl_died → 1; natural increase 2.
      expect([v1.births, v1.births_male, v1.births_female, v1.deaths, v1.natural_increase]).toEqual([3, 1, 2, 1, 2]);
      // girl_died is in neither pop_start nor pop_end.
      // V1 pop_start: h, k, l, r (期初) → 4. pop_end: boy, girl → 2.
      // 4 + 3 − 1 + 0 − 4 (h, k, l, r out) = 2.
      expect([v1.pop_start, v1.pop_end, v1.in_migrants, v1.out_migrants]).toEqual([4, 2, 0, 4]);
    });
  });

  test("computeIndicators(connection) counts a move inside the town for both villages but not for TOWN, on 01-01 and 12-31 too", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v2 = rowOf(rows, 2020, "V2");
      // V2: in h, k, l (moves inside the town) + q (from outside) → 4; pop_start 0 (l arrives on 01-01 by 迁入);
      // pop_end: h, k (arrived 12-31, counted), l, q → 4. 0 + 0 − 0 + 4 − 0 = 4.
      expect([v2.pop_start, v2.in_migrants, v2.out_migrants, v2.pop_end]).toEqual([0, 4, 0, 4]);
      const town = rowOf(rows, 2020, "TOWN");
      // TOWN: h, k, l moved inside the town → not migrants. in: q → 1; out: r → 1.
      expect([town.in_migrants, town.out_migrants]).toEqual([1, 1]);
      // TOWN pop_start: h, k, l (in V1 on 01-01, l counted once: in V1, not in V2), r → 4.
      // TOWN pop_end: boy, girl, h, k, l, q → 6. 4 + 3 − 1 + 1 − 1 = 6.
      expect([town.pop_start, town.births, town.deaths, town.pop_end]).toEqual([4, 3, 1, 6]);
      // TOWN takes the region of extract_meta as its name.
      expect(town.village_name).toBe("测试镇");
    });
  });
  test("computeIndicators(connection) counts a stay of one day (one spell 迁入 → 迁出 on the same date) as an in- and an out-migrant of TOWN, not as a move inside the town", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, {
        meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
        villages: [["V1"], ["V2"], ["V3"]],
        persons: [
          {id: "t", sex: "M", birth: "1980-01-01"},
          {id: "u", sex: "F", birth: "1985-01-01"},
          {id: "w", sex: "M", birth: "1990-01-01"}
        ],
        spells: [
          // t arrives in V1 from outside the town and leaves the town again on 2020-05-01: one spell
          ["t", "V1", "2020-05-01", "in_migration", "2020-05-01", "out_migration"],
          // u moves V1 → V2 → V3 on 2020-07-01, passing through V2 that day: two moves inside the town
          ["u", "V1", "2020-01-01", "initial", "2020-07-01", "out_migration"],
          ["u", "V2", "2020-07-01", "in_migration", "2020-07-01", "out_migration"],
          ["u", "V3", "2020-07-01", "in_migration"],
          // w arrives from outside in V1 and moves on to V2 the same day: one arrival, one move
          ["w", "V1", "2020-09-01", "in_migration", "2020-09-01", "out_migration"],
          ["w", "V2", "2020-09-01", "in_migration"]
        ]
      });
      const v1 = rowOf(rows, 2020, "V1");
      // V1: in t, w; out t, u, w.
      expect([v1.in_migrants, v1.out_migrants]).toEqual([2, 3]);
      const town = rowOf(rows, 2020, "TOWN");
      // TOWN: t came and went (1 in, 1 out); u's two moves and w's move are inside the town; w came (1 in).
      // in: t, w → 2; out: t → 1. pop_start u → 1; pop_end u, w → 2 = 1 + 2 − 1.
      expect([town.pop_start, town.in_migrants, town.out_migrants, town.pop_end]).toEqual([1, 2, 1, 2]);
    });
  });
});
