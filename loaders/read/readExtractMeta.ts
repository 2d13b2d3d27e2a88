import {readFile, readdir, stat} from "node:fs/promises";
import {basename, join} from "node:path";
import {extractMetaFile} from "./extractFormat.ts";
import {extractMetaFieldError} from "./extractMetaFieldError.ts";
import {ExtractError} from "./ExtractError.ts";
import type {z} from "zod";
import {extractMetaSchema, issuerControlCharacter, issuerMaxLength, outsideRegisterYears, releaseBeforeYearEnd, type ExtractMeta} from "./extractMetaSchema.ts";
import {registerYears} from "./registerYears.ts";

type Wording = {zh: string; en: string};

/** What a field should hold, said after its name ("应为…" / "must be …"). */
function expectedOf(field: string): Wording {
  if (field === "region") return {zh: "应为非空文字", en: "must be a non-empty string"};
  if (field === "bulletin")
    return {zh: '应为 JSON 对象,如 {"issuer": "…", "release_dates": {"2025": "2026-03-20"}}', en: 'must be a JSON object, e.g. {"issuer": "…", "release_dates": {"2025": "2026-03-20"}}'};
  if (field === "bulletin.issuer")
    return {zh: `应为 1—${issuerMaxLength} 个字的文字(首尾空格不计)`, en: `must be a string of 1–${issuerMaxLength} characters (leading and trailing spaces not counted)`};
  if (field === "bulletin.release_dates")
    return {zh: '应为以公报年份为键、发布日期为值的 JSON 对象,如 {"2025": "2026-03-20"}', en: 'must be a JSON object of release dates keyed by the year reported on, e.g. {"2025": "2026-03-20"}'};
  return {zh: "应为有效日期 YYYY-MM-DD", en: "must be a valid date YYYY-MM-DD"};
}

/** The one-line problem of the first issue zod found in extract.json, naming the field. */
function problemOf(issue: z.core.$ZodIssue): {field: string; zh: string; en: string} {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    // Only `bulletin` is strict: its unknown fields are misspellings, not a producer's extras.
    const field = [...path, issue.keys[0]!].join(".");
    return {field, zh: "不是公报设置的字段,可用字段为 issuer 和 release_dates", en: "is not a bulletin setting: expected issuer or release_dates"};
  }
  const field = path.join(".");
  const {earliest, latest} = registerYears;
  const year = path[0] === "bulletin" && path[1] === "release_dates" ? path[2] : undefined;
  if (issue.code === "invalid_key" && year !== undefined)
    return {field, zh: `的键应为公报所报告的四位年份,如 "2025",实为 ${JSON.stringify(year)}`, en: `must be keyed by the 4-digit year reported on, e.g. "2025", not ${JSON.stringify(year)}`};
  if (issue.message === releaseBeforeYearEnd) {
    const first = `${Number(year) + 1}-01-01`;
    return {field, zh: `应晚于 ${year} 年末(${first} 或以后:${year} 年的公报在次年或以后发布)`, en: `must be after the end of ${year} (${first} or later: a bulletin is released after its year)`};
  }
  if (issue.message === issuerControlCharacter) return {field, zh: "不能含换行或其他控制字符", en: "must not hold a line break or another control character"};
  if (issue.message === "register_start is after extract_date") return {field, zh: "晚于提取日期 extract_date", en: "is after extract_date"};
  if (issue.message === outsideRegisterYears) return {field, zh: `的年份应在 ${earliest}—${latest} 之间`, en: `must be a date in the years ${earliest}–${latest}`};
  const expected = expectedOf(field);
  return {field, ...expected};
}

async function metaPath(dirOrPath: string): Promise<string | undefined> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dirOrPath)).isDirectory();
  } catch {
    const file = basename(dirOrPath);
    throw new ExtractError(`找不到 ${file}:${dirOrPath} / ${file} not found: ${dirOrPath}`, {file});
  }
  if (!isDirectory) return dirOrPath;
  const name = (await readdir(dirOrPath)).find((n) => n.normalize("NFKC").toLowerCase() === extractMetaFile);
  return name === undefined ? undefined : join(dirOrPath, name);
}

/**
 * Read and check extract.json. Takes the extract folder (returns undefined when it has no
 * extract.json, the file being optional) or the file's path. Bad JSON, a bad encoding or a bad
 * field throws an ExtractError naming the file, the field and what was expected. `bulletin` is checked
 * here except whether each release date's year is one the register reports: readExtractMeta does not
 * read the register (runPipeline checks it, bulletinSettings).
 *
 *     await readExtractMeta("data/sample") // {region: "青山镇", extract_date: "2024-12-31"}
 */
export async function readExtractMeta(dirOrPath: string): Promise<ExtractMeta | undefined> {
  const path = await metaPath(dirOrPath);
  if (path === undefined) return undefined;
  const file = basename(path);
  let data: unknown;
  try {
    const text = new TextDecoder("utf-8", {fatal: true}).decode(await readFile(path));
    data = JSON.parse(text);
  } catch (error) {
    // One line: JSON.parse quotes the text around the error, line breaks included.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    throw new ExtractError(`${file} 不是有效的 UTF-8 JSON:${message} / ${file} is not valid UTF-8 JSON: ${message}`, {
      file,
      cause: error
    });
  }
  const result = extractMetaSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.path.length === 0) {
    throw new ExtractError(`${file} 应是一个 JSON 对象 / ${file} must be a JSON object`, {file});
  }
  const {field, ...problem} = problemOf(issue);
  throw extractMetaFieldError(file, field, problem);
}
