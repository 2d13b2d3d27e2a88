import {describe, expect, test} from "vitest";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, type Register} from "./register.ts";

// One village, register 2019-01-01 … 2021-12-31 (reported years 2019, 2020, 2021).
const register: Register = {
  meta: {register_start: "2019-01-01", extract_date: "2021-12-31"},
  villages: [["V1", "一村"]],
  persons: [
    {id: "a", sex: "M", birth: "1980-05-05", hukou: "registered"},
    {id: "b", sex: "F", birth: "1985-05-05", hukou: "migrant"},
    {id: "c", sex: "M", birth: "1970-05-05"},
    {id: "d", sex: "M", birth: "1990-05-05", hukou: "migrant"},
    {id: "e", sex: "F", birth: "1940-05-05"},
    {id: "f", sex: "F", birth: "1960-05-05"},
    {id: "g", sex: "M", birth: "1975-05-05"}
  ],
  spells: [
    ["a", "V1", "2019-01-01", "initial"],                                 // there throughout
    ["b", "V1", "2020-01-01", "in_migration"],                            // arrives on 1 January 2020
    ["c", "V1", "2019-01-01", "initial", "2020-01-01", "out_migration"],  // leaves on 1 January 2020
    ["d", "V1", "2020-12-31", "in_migration"],                            // arrives on 31 December 2020
    ["e", "V1", "2019-01-01", "initial", "2020-12-31", "death"],          // dies on 31 December 2020
    ["f", "V1", "2019-01-01", "initial", "2019-12-31", "out_migration"],  // leaves on 31 December 2019
    ["g", "V1", "2021-01-01", "in_migration"]                             // arrives on 1 January 2021
  ]
};

describe("populationCounts", () => {
  test("computeIndicators(connection) counts pop_start and pop_end on the 01-01 and 12-31 boundaries", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v2020 = rowOf(rows, 2020, "V1");
      // pop_start 2020: start < 2020-01-01 or 期初, and end NULL or ≥ 2020-01-01:
      //   a (open), c (ends 2020-01-01, still there on the day), e (ends 2020-12-31) → 3.
      //   b starts on 2020-01-01 by 迁入 → not in pop_start; f ended 2019-12-31 → not.
      expect(v2020.pop_start).toBe(3);
      // pop_end 2020: start ≤ 2020-12-31 and end NULL or > 2020-12-31: a, b, d → 3.
      //   e ends on 2020-12-31 → out; g starts 2021 → out.
      expect(v2020.pop_end).toBe(3);
      // events 2020: in b, d (2); out c (1); death e (1); births 0. 3 + 0 − 1 + 2 − 1 = 3.
      expect([v2020.in_migrants, v2020.out_migrants, v2020.deaths, v2020.births]).toEqual([2, 1, 1, 0]);
      // pop_avg = (3 + 3) / 2 = 3.
      expect(v2020.pop_avg).toBe(3);
      // pop_end split: a registered M; b migrant F; d migrant M.
      expect([v2020.pop_end_registered, v2020.pop_end_migrant]).toEqual([1, 2]);
      expect([v2020.pop_end_male, v2020.pop_end_female]).toEqual([2, 1]);
      // sex_ratio = 2 / 1 × 100 = 200.
      expect(v2020.sex_ratio).toBe(200);
    });
  });

  test("computeIndicators(connection) counts 期初 spells starting on register_start = 01-01 in pop_start", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v2019 = rowOf(rows, 2019, "V1");
      // 2019: the 期初 spells a, c, e, f start on 2019-01-01 (not before it) but count by start_reason → 4.
      expect(v2019.pop_start).toBe(4);
      // pop_end 2019: a, c, e (f ended 2019-12-31) → 3; out_migrants 1 (f); 4 − 1 = 3.
      expect([v2019.pop_end, v2019.out_migrants, v2019.in_migrants]).toEqual([3, 1, 0]);
      const v2021 = rowOf(rows, 2021, "V1");
      // 2021: pop_start = pop_end 2020 = a, b, d → 3; g arrives on 2021-01-01 → in 1; pop_end 4.
      expect([v2021.pop_start, v2021.in_migrants, v2021.pop_end]).toEqual([3, 1, 4]);
    });
  });

  test("computeIndicators(connection) gives TOWN the same counts as its only village", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      for (const year of [2019, 2020, 2021]) {
        const town = rowOf(rows, year, "TOWN");
        const village = rowOf(rows, year, "V1");
        for (const column of ["pop_start", "pop_end", "in_migrants", "out_migrants", "deaths", "pop_end_male"]) {
          expect(town[column], `${year} ${column}`).toBe(village[column]);
        }
      }
      // Without a region in extract_meta, TOWN is named 全镇 and typed town.
      expect([rows[0].village_code, rows[0].village_name, rows[0].village_type]).toEqual(["TOWN", "全镇", "town"]);
    });
  });
});
