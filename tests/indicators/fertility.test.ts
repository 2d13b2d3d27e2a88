import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {computeIndicators} from "../../loaders/indicators/computeIndicators.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {rowOf, villageYearRows, type Person, type Register} from "./register.ts";

// Reported year 2021 only (a common year: no 29 February). Everyone in V1 from 2021-01-01 (期初) or birth.
const women: Person[] = [
  {id: "A", sex: "F", birth: "2006-01-01"},  // 15 on 2021-01-01 (birthday that day) and on 12-31 → 15–19 twice
  {id: "B", sex: "F", birth: "2006-01-02"},  // 14 on 01-01 (left out), 15 on 12-31 → 15–19 at the end
  {id: "C", sex: "F", birth: "1971-01-02"},  // 49 on 01-01 → 45–49; 50 on 12-31 (left out)
  {id: "D", sex: "F", birth: "1996-02-29"},  // 24 on 01-01 → 20–24; 25 on 12-31 → 25–29
  {id: "F", sex: "F", birth: "1996-02-29"},  // the same ages as D
  {id: "I", sex: "F", birth: "1998-08-08"},  // 22 and 23 → 20–24 twice
  {id: "H", sex: "F", birth: "1970-03-03"},  // 50 and 51 → left out; mother at 51
  {id: "M1", sex: "M", birth: "2000-01-01"}  // a man: never counted
];
const children: Person[] = [
  // D (born 29 Feb) on 2021-02-28 is still 24: her birthday comes on 1 March in a common year → 20–24.
  {id: "x", sex: "M", birth: "2021-02-28", mother: "D"},
  // F on 2021-03-01 has turned 25 → 25–29.
  {id: "z", sex: "F", birth: "2021-03-01", mother: "F"},
  // H is 51: the birth counts in gfr, not in tfr.
  {id: "w", sex: "M", birth: "2021-06-01", mother: "H"},
  // no mother link: counts in gfr, not in tfr.
  {id: "v", sex: "F", birth: "2021-07-01"}
];

const register: Register = {
  meta: {register_start: "2021-01-01", extract_date: "2021-12-31"},
  villages: [["V1"], ["V2"]],
  persons: [...women, ...children],
  spells: [
    ...women.map((p): [string, string, string, string] => [p.id, "V1", "2021-01-01", "initial"]),
    ...children.map((p): [string, string, string, string] => [p.id, "V1", p.birth, "birth"])
  ]
};

describe("fertility", () => {
  test("computeIndicators(connection) installs age_in_full_years: 29 February turns older on 1 March in a common year", async () => {
    await withDatabase(async (connection) => {
      await computeIndicators(connection);
      const [ages] = await rowsFromTable(connection, `SELECT
        age_in_full_years(DATE '2000-02-29', DATE '2001-02-28') AS feb28,
        age_in_full_years(DATE '2000-02-29', DATE '2001-03-01') AS mar1,
        age_in_full_years(DATE '2000-02-29', DATE '2004-02-29') AS leap,
        age_in_full_years(DATE '2000-01-01', DATE '2015-01-01') AS birthday,
        age_in_full_years(DATE '2000-01-02', DATE '2015-01-01') AS eve`);
      // 2001-02-28: birthday not reached → 0; 2001-03-01 → 1; 2004-02-29 → 4; on the birthday → 15; the day before → 14.
      expect(ages).toEqual({feb28: 0, mar1: 1, leap: 4, birthday: 15, eve: 14});
    });
  });

  test("computeIndicators(connection) averages women 15–49 over 01-01 and 12-31, birthdays on 01-01 and 29 Feb included", async () => {
    await withDatabase(async (connection) => {
      const v1 = rowOf(await villageYearRows(connection, register), 2021, "V1");
      // On 01-01: A (15), C (49), D (24), F (24), I (22) → 5. On 12-31: A (15), B (15), D (25), F (25), I (23) → 5.
      // women_15_49 = (5 + 5) / 2 = 5.
      expect(v1.women_15_49).toBe(5);
      // gfr = 4 births (x, z, w, v) / 5 × 1000 = 800.
      assertInDelta(v1.gfr, 800, 1e-9);
    });
  });

  test("computeIndicators(connection) gives tfr from births by mother's age over the two-point average of each group", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2021, "V1");
      // Groups (start, end → average): 15–19 (1, 2 → 1.5), 20–24 (3, 1 → 2), 25–29 (0, 2 → 1), 45–49 (1, 0 → 0.5).
      // Births in tfr: 20–24: x → 1; 25–29: z → 1 (w: mother 51, v: no mother → left out).
      // tfr = 5 × (1 / 2 + 1 / 1) = 7.5. (Were x counted at 25, it would be 5 × (0 + 2) = 10.)
      assertInDelta(v1.tfr, 7.5, 1e-12);
      // TOWN (only V1 lives anywhere) gives the same; V2 has no women → gfr and tfr NULL.
      assertInDelta(rowOf(rows, 2021, "TOWN").tfr, 7.5, 1e-12);
      const v2 = rowOf(rows, 2021, "V2");
      expect([v2.women_15_49, v2.gfr, v2.tfr]).toEqual([0, null, null]);
    });
  });

  test("computeIndicators(connection) adds 0 for an age group with births but no women", async () => {
    await withDatabase(async (connection) => {
      // The mother lives in V2, her child is born in V1: V1 has a birth to a mother of 30–34 but no woman of that age.
      const rows = await villageYearRows(connection, {
        meta: {register_start: "2021-01-01", extract_date: "2021-12-31"},
        villages: [["V1"], ["V2"]],
        persons: [
          {id: "mum", sex: "F", birth: "1990-01-01"},
          {id: "girl", sex: "F", birth: "2005-01-01"},
          {id: "kid", sex: "M", birth: "2021-05-05", mother: "mum"}
        ],
        spells: [["mum", "V2", "2021-01-01", "initial"], ["girl", "V1", "2021-01-01", "initial"], ["kid", "V1", "2021-05-05", "birth"]]
      });
      const v1 = rowOf(rows, 2021, "V1");
      // V1 women: girl, 16 on both days → 15–19 average 1 → women_15_49 = 1; gfr = 1 / 1 × 1000.
      // tfr: 15–19 has no birth → 0; 30–34 has 1 birth and no women → adds 0 → tfr = 0 (not NULL, not Infinity).
      expect([v1.women_15_49, v1.gfr, v1.tfr]).toEqual([1, 1000, 0]);
      // TOWN: mum (31) averages 1 in 30–34, the birth is hers → tfr = 5 × 1 / 1 = 5; women 2; gfr 500.
      const town = rowOf(rows, 2021, "TOWN");
      expect([town.women_15_49, town.gfr, town.tfr]).toEqual([2, 500, 5]);
    });
  });
});
