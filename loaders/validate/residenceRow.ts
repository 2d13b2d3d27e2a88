import {z} from "zod";
import {coded, optionalDate, requiredCode, requiredDate, requiredText} from "./fields.ts";

/** One residence spell (居住登记): a person in a village from start_date until end_date. */
export const residenceRow = z
  .object({
    person_id: requiredCode().describe("人员编号"),
    village_code: requiredCode().describe("村居代码"),
    start_date: requiredDate().describe("起始日期: first day in the village"),
    start_reason: coded({期初: "initial", 出生: "birth", 迁入: "in_migration", initial: "initial", birth: "birth", in_migration: "in_migration"}, {reason: "invalid_start_reason"})
      .describe("起始原因: 'initial' (期初, present when the register starts) | 'birth' (出生) | 'in_migration' (迁入)"),
    end_date: optionalDate().describe("终止日期: the day the spell ended (died or moved out); empty while open"),
    end_reason: coded({死亡: "death", 迁出: "out_migration", death: "death", out_migration: "out_migration"}, {reason: "invalid_end_reason", required: false})
      .describe("终止原因: 'death' (死亡) | 'out_migration' (迁出); given exactly when end_date is")
  })
  .superRefine((row, ctx) => {
    if (row.end_date === null && row.end_reason !== null)
      ctx.addIssue({code: "custom", path: ["end_date"], message: "", params: {reason: "end_reason_without_end_date"}});
    if (row.end_date !== null && row.end_reason === null)
      ctx.addIssue({code: "custom", path: ["end_reason"], message: "", params: {reason: "end_date_without_end_reason"}});
    // Equal dates are allowed: born and died on the same day.
    if (row.end_date !== null && row.end_date < row.start_date)
      ctx.addIssue({code: "custom", path: ["end_date"], message: "", params: {reason: "end_before_start"}});
  });

export type ResidenceRow = z.infer<typeof residenceRow>;
