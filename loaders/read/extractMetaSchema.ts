import {z} from "zod";
import {isRegisterYear, registerYears} from "./registerYears.ts";

/** The message of a date outside registerYears; readExtractMeta words it for the user. */
export const outsideRegisterYears = "year outside registerYears";

/** The message of a release date on or before the last day of its year; readExtractMeta words it for the user. */
export const releaseBeforeYearEnd = "release date not after the end of its year";

/** The message of an issuer holding a line break or another control character; readExtractMeta words it for the user. */
export const issuerControlCharacter = "issuer holds a control character";

/**
 * The longest issuer accepted, in UTF-16 code units (one per Chinese character): a joint issue of
 * three offices fits ("青石镇统计站 青石镇卫生健康办公室 青石镇派出所" is 26); a pasted paragraph does not.
 */
export const issuerMaxLength = 60;

/** A real date YYYY-MM-DD in the years a register covers (registerYears). */
const registerDate = () => z.iso.date().refine(isRegisterYear, {message: outsideRegisterYears});

/**
 * extract.json's `bulletin`: how the office signs its annual bulletin. Unknown fields are refused
 * here (not ignored as at the top level): a misspelt "release_date" would otherwise leave every
 * bulletin undated without a word.
 */
export const bulletinMetaSchema = z
  .strictObject({
    issuer: z
      .string()
      .trim()
      .min(1)
      .max(issuerMaxLength)
      .refine((text) => !/\p{Cc}/u.test(text), {message: issuerControlCharacter})
      .optional()
      .describe(`Issuing office printed under the bulletin's title for every year, e.g. “青石镇人口和计划生育办公室”; trimmed, 1–${issuerMaxLength} characters, no line break. Default: “{region}统计站”.`),
    release_dates: z
      .record(z.string().regex(/^\d{4}$/), registerDate())
      .superRefine((dates, context) => {
        for (const [year, date] of Object.entries(dates))
          if (date <= `${year}-12-31`) context.addIssue({code: "custom", message: releaseBeforeYearEnd, path: [year]});
      })
      .optional()
      .describe(
        "Release date of each year's bulletin, keyed by the year reported on: {\"2025\": \"2026-03-20\"} dates the 2025 bulletin 2026年3月20日. " +
          "A date YYYY-MM-DD after the end of its year; the year must be one the register reports (checked by the pipeline). Default: none (the issuer alone)."
      )
  })
  .describe("Settings of the annual bulletin; default: none.");

export type BulletinMeta = z.infer<typeof bulletinMetaSchema>;

/** extract.json: optional metadata of an extract. Unknown fields are ignored. */
export const extractMetaSchema = z
  .object({
    region: z.string().trim().min(1).optional().describe("Name of the town or county the extract covers, e.g. “青山镇”."),
    register_start: registerDate()
      .optional()
      .describe(`First day covered by the register, YYYY-MM-DD, year ${registerYears.earliest}–${registerYears.latest}; default: the earliest date found in the data.`),
    extract_date: registerDate().optional().describe(`Day the extract was taken from the register, YYYY-MM-DD, year ${registerYears.earliest}–${registerYears.latest}; default: the latest date found.`),
    bulletin: bulletinMetaSchema.optional()
  })
  .refine((meta) => !meta.register_start || !meta.extract_date || meta.register_start <= meta.extract_date, {
    message: "register_start is after extract_date",
    path: ["register_start"]
  });

export type ExtractMeta = z.infer<typeof extractMetaSchema>;
