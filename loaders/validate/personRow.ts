import {z} from "zod";
import {coded, integer, maxInteger32, optionalText, requiredDate, requiredText, sex} from "./fields.ts";

/** One row of `persons` (人员). name and id_number are read only to check the ID number; they are never stored. */
export const personRow = z.object({
  person_id: requiredText().describe("人员编号: unique person id (identifying, never published)"),
  name: optionalText().describe("姓名: optional, identifying, never stored"),
  id_number: optionalText().describe("身份证号: optional, identifying; checked (GB 11643) then dropped"),
  sex: sex().describe("性别: 'M' | 'F' (男/女, 男性/女性, M/F, male/female, 1/2)"),
  birth_date: requiredDate().describe("出生日期: ISO date"),
  hukou_type: coded({户籍: "registered", 流动: "migrant", registered: "registered", migrant: "migrant"}, {reason: "invalid_hukou_type"})
    .describe("户籍类型: 'registered' (户籍) | 'migrant' (流动)"),
  mother_id: optionalText().describe("母亲编号: person_id of the mother; optional"),
  // Stored as INTEGER: a larger number (a typo) is out of range, not a crash of the appender.
  birth_order: integer({min: 1, max: maxInteger32, required: false}).describe("孩次: birth order ≥ 1; optional"),
  policy_compliant: coded({是: true, 否: false, yes: true, no: false, y: true, n: false, true: true, false: false}, {reason: "invalid_policy_compliant", required: false})
    .describe("政策符合: true (是) | false (否); optional")
});

export type PersonRow = z.infer<typeof personRow>;
