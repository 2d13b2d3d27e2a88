import {readFile, readdir, stat} from "node:fs/promises";
import {basename, join} from "node:path";
import {extractMetaFile} from "./extractFormat.ts";
import {ExtractError} from "./ExtractError.ts";
import {extractMetaSchema, outsideRegisterYears, type ExtractMeta} from "./extractMetaSchema.ts";
import {registerYears} from "./registerYears.ts";

const fieldLabels: Record<string, string> = {
  region: "地区",
  register_start: "登记起始日期",
  extract_date: "提取日期"
};

async function metaPath(dirOrPath: string): Promise<string | undefined> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dirOrPath)).isDirectory();
  } catch {
    const file = basename(dirOrPath);
    throw new ExtractError(`找不到 ${file}：${dirOrPath} / ${file} not found: ${dirOrPath}`, {file});
  }
  if (!isDirectory) return dirOrPath;
  const name = (await readdir(dirOrPath)).find((n) => n.normalize("NFKC").toLowerCase() === extractMetaFile);
  return name === undefined ? undefined : join(dirOrPath, name);
}

/**
 * Read and check extract.json. Takes the extract folder (returns undefined when it has no
 * extract.json, the file being optional) or the file's path. Bad JSON, a bad encoding or a bad
 * field throws an ExtractError naming the file and the field.
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
    throw new ExtractError(`${file} 不是有效的 UTF-8 JSON：${message} / ${file} is not valid UTF-8 JSON: ${message}`, {
      file,
      cause: error
    });
  }
  const result = extractMetaSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  if (field === "") {
    throw new ExtractError(`${file} 应是一个 JSON 对象 / ${file} must be a JSON object`, {file});
  }
  const expected = field === "region" ? {zh: "非空文字", en: "a non-empty string"} : {zh: "有效日期 YYYY-MM-DD", en: "a valid date YYYY-MM-DD"};
  const {earliest, latest} = registerYears;
  const detail =
    issue.message === "register_start is after extract_date" ? {zh: "晚于提取日期 extract_date", en: "is after extract_date"}
    : issue.message === outsideRegisterYears ? {zh: `的年份应在 ${earliest}—${latest} 之间`, en: `must be a date in the years ${earliest}–${latest}`}
    : {zh: `应为${expected.zh}`, en: `must be ${expected.en}`};
  throw new ExtractError(
    `${file}：字段 ${field}（${fieldLabels[field] ?? field}）${detail.zh} / ${file}: field ${field} ${detail.en}`,
    {file, column: field}
  );
}
