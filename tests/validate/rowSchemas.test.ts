import {describe, expect, test} from "vitest";
import {personRow} from "../../loaders/validate/personRow.ts";
import {residenceRow} from "../../loaders/validate/residenceRow.ts";
import {serviceRow} from "../../loaders/validate/serviceRow.ts";
import {fundingRow} from "../../loaders/validate/fundingRow.ts";
import {villageRow} from "../../loaders/validate/villageRow.ts";

/** The (column, reason) pairs of a failed parse. */
function problems(result: {success: boolean; error?: {issues: {path: PropertyKey[]; params?: unknown}[]}}) {
  return (result.error?.issues ?? []).map((i) => [String(i.path[0]), (i.params as {reason: string}).reason]);
}

describe("row schemas", () => {
  test("personRow.parse(row) maps the accepted spellings to stored codes", () => {
    const row = personRow.parse({person_id: "P1", sex: "2", birth_date: "1990/2/3", hukou_type: "流动", birth_order: "3", policy_compliant: "否"});
    expect(row).toEqual({
      person_id: "P1", name: null, id_number: null, sex: "F", birth_date: "1990-02-03", hukou_type: "migrant",
      mother_id: null, birth_order: 3, policy_compliant: false
    });
    for (const [text, code] of [["男", "M"], ["female", "F"], ["M", "M"], ["F", "F"], ["1", "M"], ["Male", "M"]] as const)
      expect(personRow.parse({person_id: "P", sex: text, birth_date: "2000-01-01", hukou_type: "户籍"}).sex).toBe(code);
  });

  test("personRow.safeParse(row) names every bad column with its reason", () => {
    const result = personRow.safeParse({person_id: "", sex: "未知", birth_date: "2023-02-29", hukou_type: "外地", birth_order: "0", policy_compliant: "也许"});
    expect(problems(result)).toEqual([
      ["person_id", "required"],
      ["sex", "invalid_sex"],
      ["birth_date", "invalid_date"],
      ["hukou_type", "invalid_code"],
      ["birth_order", "out_of_range"],
      ["policy_compliant", "invalid_code"]
    ]);
  });

  test("residenceRow.safeParse(row) requires end_reason exactly when end_date is given", () => {
    const base = {person_id: "P1", village_code: "V1", start_date: "2020-01-01", start_reason: "迁入"};
    expect(problems(residenceRow.safeParse({...base, end_date: "2021-01-01"}))).toEqual([["end_reason", "end_date_without_end_reason"]]);
    expect(problems(residenceRow.safeParse({...base, end_reason: "死亡"}))).toEqual([["end_date", "end_reason_without_end_date"]]);
    expect(residenceRow.parse({...base, end_date: "2021-01-01", end_reason: "迁出"}).end_reason).toBe("out_migration");
  });

  test("residenceRow.safeParse(row) allows end_date equal to start_date but not before it", () => {
    const base = {person_id: "P1", village_code: "V1", start_date: "2020-05-05", start_reason: "出生", end_reason: "死亡"};
    expect(residenceRow.safeParse({...base, end_date: "2020-05-05"}).success).toBe(true);
    expect(problems(residenceRow.safeParse({...base, end_date: "2020-05-04"}))).toEqual([["end_date", "end_before_start"]]);
  });

  test("serviceRow.parse(row) reads counts with thousands separators; rejects fractions and negatives", () => {
    expect(serviceRow.parse({year: "2024", village_code: "V1", project: "免费孕前优生健康检查", eligible: "1,234", served: "980"})).toEqual({
      year: 2024, village_code: "V1", project: "免费孕前优生健康检查", eligible: 1234, served: 980
    });
    expect(problems(serviceRow.safeParse({year: "24", village_code: "V1", project: "x", eligible: "1.5", served: "-1"}))).toEqual([
      ["year", "out_of_range"], ["eligible", "invalid_integer"], ["served", "out_of_range"]
    ]);
  });

  test("fundingRow.parse(row) keeps an empty village_code as town-level money", () => {
    expect(fundingRow.parse({year: "2025", village_code: "", amount_yuan: "12,500.50"})).toMatchObject({village_code: null, amount_yuan: 12500.5});
    expect(problems(fundingRow.safeParse({year: "2025", amount_yuan: "一万"}))).toEqual([["amount_yuan", "invalid_number"]]);
  });

  test("villageRow.safeParse(row) rejects a missing name and an unknown type", () => {
    expect(problems(villageRow.safeParse({village_code: "V1", village_name: "", village_type: "镇"}))).toEqual([
      ["village_name", "required"], ["village_type", "invalid_code"]
    ]);
    expect(villageRow.parse({village_code: "V1", village_name: "东村", village_type: "社区"}).village_type).toBe("community");
  });
});
