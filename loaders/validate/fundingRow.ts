import {z} from "zod";
import {decimal, optionalCode, optionalText, soft, year} from "./fields.ts";

/** One row of `funding` (经费投入). An empty village_code is town-level money not attributed to a village. */
export const fundingRow = z.object({
  year: year().describe("年份"),
  // Not soft: blanked, the money would move to the town as a whole.
  village_code: optionalCode().describe("村居代码: empty = whole town"),
  // Soft: nothing reads them; an over-long one is blanked with a warning and the amount still counts.
  source: soft(optionalText(), "too_long_blanked").describe("来源: e.g. 县级财政; too long: blanked with a warning"),
  item: soft(optionalText(), "too_long_blanked").describe("用途; too long: blanked with a warning"),
  amount_yuan: decimal({min: 0}).describe("金额/元: yuan, ≥ 0")
});

export type FundingRow = z.infer<typeof fundingRow>;
