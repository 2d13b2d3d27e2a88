import {describe, expect, test} from "vitest";
import {fundingRow} from "../../loaders/validate/fundingRow.ts";
import {personRow} from "../../loaders/validate/personRow.ts";
import {residenceRow} from "../../loaders/validate/residenceRow.ts";
import {softParse} from "../../loaders/validate/softParse.ts";
import {villageRow} from "../../loaders/validate/villageRow.ts";

const person = {person_id: "P1", sex: "女", birth_date: "1990-01-01", hukou_type: "户籍"};

/** The (column, reason) pairs of a rejected row. */
function rejected(result: ReturnType<typeof softParse>) {
  return result.success ? [] : result.issues.map((i) => [String(i.path[0]), (i as {params?: {reason?: string}}).params?.reason]);
}

describe("softParse", () => {
  test("softParse(schema, values) of a valid row blanks nothing", () => {
    expect(softParse(personRow, {...person, birth_order: "2", policy_compliant: "是"})).toEqual({
      success: true,
      data: {person_id: "P1", name: null, id_number: null, sex: "F", birth_date: "1990-01-01", hukou_type: "registered", mother_id: null, birth_order: 2, policy_compliant: true},
      blanked: []
    });
  });

  test.each([["二"], ["-1"], ["0"], ["1.5"], ["3孩"], ["99999999999"]])("softParse(personRow, values) keeps a person whose birth_order is %s, with birth_order null and its warning", (order) => {
    const result = softParse(personRow, {...person, birth_order: order, policy_compliant: "否"});
    expect(result).toMatchObject({success: true, data: {person_id: "P1", birth_order: null, policy_compliant: false}, blanked: [{column: "birth_order", reason: "birth_order_blanked"}]});
  });

  test.each([["符合"], ["?"], ["是的"]])("softParse(personRow, values) keeps a person whose policy_compliant is %s, with policy_compliant null and its warning", (flag) => {
    const result = softParse(personRow, {...person, birth_order: "1", policy_compliant: flag});
    expect(result).toMatchObject({success: true, data: {birth_order: 1, policy_compliant: null}, blanked: [{column: "policy_compliant", reason: "policy_compliant_blanked"}]});
  });

  test("softParse(personRow, values) blanks every soft cell it must, in column order", () => {
    const long = "长".repeat(201);
    const result = softParse(personRow, {...person, name: long, id_number: long, mother_id: long, birth_order: "二", policy_compliant: "?"});
    expect(result.success && result.blanked.map((b) => [b.column, b.reason])).toEqual([
      ["name", "too_long_blanked"], ["id_number", "too_long_blanked"], ["mother_id", "too_long_blanked"],
      ["birth_order", "birth_order_blanked"], ["policy_compliant", "policy_compliant_blanked"]
    ]);
    expect(result.success && [result.data.name, result.data.id_number, result.data.mother_id]).toEqual([null, null, null]);
  });

  test("softParse(personRow, values) rejects a row with a bad required field, naming only the fields that reject it", () => {
    expect(rejected(softParse(personRow, {...person, sex: "X", birth_order: "二", policy_compliant: "符合"}))).toEqual([["sex", "invalid_sex"]]);
    expect(rejected(softParse(personRow, {...person, hukou_type: "", birth_order: "2"}))).toEqual([["hukou_type", "required"]]);
  });

  test("softParse(villageRow, values) keeps a village of an unknown type; softParse(fundingRow, values) keeps money with an over-long source", () => {
    expect(softParse(villageRow, {village_code: "V1", village_name: "东村", village_type: "镇"})).toMatchObject({
      success: true, data: {village_code: "V1", village_type: null}, blanked: [{column: "village_type", reason: "village_type_blanked"}]
    });
    expect(softParse(fundingRow, {year: "2020", village_code: "V1", source: "财".repeat(201), item: "宣传", amount_yuan: "10"})).toMatchObject({
      success: true, data: {source: null, item: "宣传", amount_yuan: 10}, blanked: [{column: "source", reason: "too_long_blanked"}]
    });
  });

  test("softParse(residenceRow, values) rejects as safeParse does: no residence field is soft", () => {
    const spell = {person_id: "P1", village_code: "V1", start_date: "2020-01-01", start_reason: "迁入", end_date: "2021-01-01", end_reason: "走了"};
    expect(rejected(softParse(residenceRow, spell))).toEqual([["end_reason", "invalid_end_reason"]]);
  });
});
