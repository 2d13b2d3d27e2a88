import {z} from "zod";
import {isRegisterYear, registerYears} from "./registerYears.ts";

/** The message of a date outside registerYears; readExtractMeta words it for the user. */
export const outsideRegisterYears = "year outside registerYears";

/** A real date YYYY-MM-DD in the years a register covers (registerYears). */
const registerDate = () => z.iso.date().refine(isRegisterYear, {message: outsideRegisterYears});

/** extract.json: optional metadata of an extract. Unknown fields are ignored. */
export const extractMetaSchema = z
  .object({
    region: z.string().trim().min(1).optional().describe("Name of the town or county the extract covers, e.g. “青山镇”."),
    register_start: registerDate()
      .optional()
      .describe(`First day covered by the register, YYYY-MM-DD, year ${registerYears.earliest}–${registerYears.latest}; default: the earliest date found in the data.`),
    extract_date: registerDate().optional().describe(`Day the extract was taken from the register, YYYY-MM-DD, year ${registerYears.earliest}–${registerYears.latest}; default: the latest date found.`)
  })
  .refine((meta) => !meta.register_start || !meta.extract_date || meta.register_start <= meta.extract_date, {
    message: "register_start is after extract_date",
    path: ["register_start"]
  });

export type ExtractMeta = z.infer<typeof extractMetaSchema>;
