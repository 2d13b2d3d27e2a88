import {z} from "zod";
import {integer, requiredCode, requiredText, year} from "./fields.ts";

/** One row of `services` (项目服务): people eligible for and served by a project in a village and year. */
export const serviceRow = z.object({
  year: year().describe("年份"),
  village_code: requiredCode().describe("村居代码"),
  project: requiredText().describe("项目: free text, e.g. 免费孕前优生健康检查"),
  eligible: integer({min: 0}).describe("应服务人数: persons"),
  served: integer({min: 0}).describe("已服务人数: persons")
});

export type ServiceRow = z.infer<typeof serviceRow>;
