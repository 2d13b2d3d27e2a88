import {describe, expect, test} from "vitest";
import {assertInDelta} from "../asserts.ts";
import {withDatabase} from "../support/withDatabase.ts";
import {rowOf, villageYearRows, type Person, type Register} from "./register.ts";

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
});
