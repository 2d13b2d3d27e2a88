import {z} from "zod";
import {coded, integer, maxInteger32, optionalText, requiredCode, requiredDate, requiredText, sex, soft} from "./fields.ts";

/**
 * One row of `persons` (人员). name and id_number are read only to check the ID number; they are never stored.
 * The soft fields (fields.ts `soft`) are blanked with a warning when they hold a value they do not
 * accept, and the person is kept: nothing that counts people reads them (loaders/validate/README.md).
 */
export const personRow = z.object({
  person_id: requiredCode().describe("人员编号: unique person id (identifying, never published)"),
  name: soft(optionalText(), "too_long_blanked").describe("姓名: optional, identifying, never stored"),
  id_number: soft(optionalText(), "too_long_blanked").describe("身份证号: optional, identifying; checked (GB 11643) then dropped"),
  sex: sex().describe("性别: 'M' | 'F' (男/女, 男性/女性, M/F, male/female, 1/2)"),
  birth_date: requiredDate().describe("出生日期: ISO date"),
  hukou_type: coded({户籍: "registered", 流动: "migrant", registered: "registered", migrant: "migrant"}, {reason: "invalid_hukou_type"})
    .describe("户籍类型: 'registered' (户籍) | 'migrant' (流动)"),
  mother_id: soft(optionalText(), "too_long_blanked").describe("母亲编号: person_id of the mother; optional; too long: blanked with a warning"),
  // Stored as INTEGER: a larger number (a typo) is out of range, not a crash of the appender.
  birth_order: soft(integer({min: 1, max: maxInteger32, required: false}), "birth_order_blanked")
    .describe("孩次: birth order ≥ 1; optional; anything else: blanked with a warning"),
  policy_compliant: soft(coded({是: true, 否: false, yes: true, no: false, y: true, n: false, true: true, false: false}, {reason: "invalid_policy_compliant", required: false}), "policy_compliant_blanked")
    .describe("政策符合: true (是) | false (否); optional; anything else: blanked with a warning")
});

export type PersonRow = z.infer<typeof personRow>;
