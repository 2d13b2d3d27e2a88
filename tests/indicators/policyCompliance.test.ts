import {describe, expect, test} from "vitest";
import {computeIndicators} from "../../loaders/indicators/computeIndicators.ts";
import {discoverExtract} from "../../loaders/read/discoverExtract.ts";
import {openDatabase} from "../../loaders/store/openDatabase.ts";
import {rowsFromTable} from "../../loaders/store/readRows.ts";
import {validateExtract} from "../../loaders/validate/validateExtract.ts";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {writeExtract} from "../support/writeExtract.ts";
import {rowOf, villageYearRows, type Person, type Register, type Row} from "./register.ts";

const children: Person[] = [
  {id: "b1", sex: "M", birth: "2020-02-01", order: 1, policy: true},
  {id: "b2", sex: "F", birth: "2020-03-01", order: 2, policy: true},
  {id: "b3", sex: "M", birth: "2020-04-01", order: 3, policy: false},   // order ≥ 3, 否 → out-of-policy multi-child
  {id: "b4", sex: "F", birth: "2020-05-01", order: 3},                  // policy not recorded: neither 是 nor 否
  {id: "b5", sex: "M", birth: "2020-06-01", policy: false},             // order not recorded: not ≥ 3
  {id: "b6", sex: "F", birth: "2020-07-01", order: 4, policy: true}
];

const register: Register = {
  meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
  villages: [["V1"], ["V2"]],
  persons: [...children, {id: "adult", sex: "M", birth: "1970-01-01"}],
  spells: [
    ...children.map((p): [string, string, string, string] => [p.id, "V1", p.birth, "birth"]),
    ["adult", "V2", "2020-01-01", "initial"]
  ]
};

describe("policyCompliance", () => {
  test("computeIndicators(connection) never counts a missing flag as 否 or a missing order as ≥ 3", async () => {
    await withDatabase(async (connection) => {
      const rows = await villageYearRows(connection, register);
      const v1 = rowOf(rows, 2020, "V1");
      // recorded: b1, b2, b3, b5, b6 → 5; 是: b1, b2, b6 → 3; rate 3 / 5 × 100 = 60.
      expect([v1.births_policy_recorded, v1.births_policy_compliant]).toEqual([5, 3]);
      assertInDelta(v1.policy_compliance_rate, 60, 1e-12);
      // multi-child out of policy: order ≥ 3 and 否 → b3 only (b4 has no flag, b5 no order) → 1;
      // rate 1 / 6 births × 100 = 16.667.
      expect(v1.births_multichild_out_of_policy).toBe(1);
      assertInDelta(v1.multichild_out_of_policy_rate, 100 / 6, 1e-12);
      // V2 has no birth: both rates NULL (denominator 0), counts 0.
      const v2 = rowOf(rows, 2020, "V2");
      expect([v2.births_policy_recorded, v2.policy_compliance_rate, v2.multichild_out_of_policy_rate]).toEqual([0, null, null]);
    });
  });

  test.each([true, false])("computeIndicators(connection) after validateExtract(…, {fastPath: %s}) counts a birth whose 政策符合 or 孩次 was a typo in births but not in births_policy_recorded", async (fastPath) => {
    // Six births in V1 in 2020; 政策符合 "符合" and "?" and 孩次 "三" are typos the validation blanks.
    const births = [
      {person_id: "b1", policy_compliant: "是", birth_order: "1"},
      {person_id: "b2", policy_compliant: "否", birth_order: "2"},
      {person_id: "b3", policy_compliant: "符合", birth_order: "1"},
      {person_id: "b4", policy_compliant: "?", birth_order: "3"},
      {person_id: "b5", policy_compliant: "否", birth_order: "三"},
      {person_id: "b6", policy_compliant: "否", birth_order: "3"}
    ].map((b, i) => ({...b, sex: i % 2 ? "男" : "女", birth_date: `2020-0${i + 1}-01`, hukou_type: "户籍"}));
    const dir = writeExtract({
      meta: {register_start: "2020-01-01", extract_date: "2020-12-31"},
      villages: [{village_code: "V1", village_name: "东村", village_type: "村"}],
      persons: [{person_id: "adult", sex: "女", birth_date: "1990-01-01", hukou_type: "户籍"}, ...births],
      residence: [
        {person_id: "adult", village_code: "V1", start_date: "2020-01-01", start_reason: "期初"},
        ...births.map((b) => ({person_id: b.person_id, village_code: "V1", start_date: b.birth_date, start_reason: "出生"}))
      ]
    });
    const db = await openDatabase();
    try {
      await validateExtract(db.connection, await discoverExtract(dir), {fastPath});
      await computeIndicators(db.connection);
      const v1 = rowOf(await rowsFromTable<Row>(db.connection, "SELECT * FROM village_year"), 2020, "V1");
      // Every birth is counted, and every child is in the population.
      expect([v1.births, v1.pop_end]).toEqual([6, 7]);
      // recorded: b1, b2, b5, b6 (b3 and b4 blanked) → 4; 是: b1 → 1; rate 1 / 4 × 100 = 25.
      expect([v1.births_policy_recorded, v1.births_policy_compliant]).toEqual([4, 1]);
      assertInDelta(v1.policy_compliance_rate, 25, 1e-12);
      // order ≥ 3 and 否: b6 only (b4's flag and b5's order were blanked) → 1 of 6 births.
      expect(v1.births_multichild_out_of_policy).toBe(1);
      assertInDelta(v1.multichild_out_of_policy_rate, 100 / 6, 1e-12);
    } finally {
      db.close();
    }
  });
});
