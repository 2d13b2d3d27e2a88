import {z} from "zod";
import {coded, requiredCode, requiredText, soft} from "./fields.ts";

/** One row of `villages` (村居). */
export const villageRow = z.object({
  village_code: requiredCode()
    // TOWN is the code of the town-wide rows of every output.
    .refine((code) => code.toUpperCase() !== "TOWN", {params: {reason: "reserved_code"}, message: "reserved_code"})
    .describe("村居代码: unique code of the village or community; not 'TOWN'"),
  village_name: requiredText().describe("村居名称: name as published"),
  // Soft: an unknown type is blanked with a warning; rejecting the village would reject every spell in it.
  village_type: soft(coded({村: "village", 社区: "community", village: "village", community: "community"}, {reason: "invalid_village_type", required: false}), "village_type_blanked")
    .describe("类型: 'village' (村) | 'community' (社区); optional; anything else: blanked with a warning")
});

export type VillageRow = z.infer<typeof villageRow>;
