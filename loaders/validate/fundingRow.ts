import {z} from "zod";
import {decimal, optionalText, year} from "./fields.ts";

/** One row of `funding` (经费投入). An empty village_code is town-level money not attributed to a village. */
export const fundingRow = z.object({
  year: year().describe("年份"),
  village_code: optionalText().describe("村居代码: empty = whole town"),
  source: optionalText().describe("来源: e.g. 县级财政"),
  item: optionalText().describe("用途"),
  amount_yuan: decimal({min: 0}).describe("金额/元: yuan, ≥ 0")
});

export type FundingRow = z.infer<typeof fundingRow>;
