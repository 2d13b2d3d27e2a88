import {ExtractError} from "./ExtractError.ts";

const fieldLabels: Record<string, string> = {
  region: "地区",
  register_start: "登记起始日期",
  extract_date: "提取日期",
  bulletin: "公报设置",
  "bulletin.issuer": "发布机关",
  "bulletin.release_dates": "公报发布日期"
};

/** The Chinese label of a field, in brackets after its name ("(2025年公报发布日期)"); a space for a field we do not know. */
function fieldLabel(field: string): string {
  const year = /^bulletin\.release_dates\.(\d{4})$/.exec(field)?.[1];
  const label = year ? `${year}年公报发布日期` : fieldLabels[field];
  return label ? `(${label})` : " ";
}

/**
 * The ExtractError for a bad field of extract.json, whoever finds it (readExtractMeta, or
 * bulletinSettings once the register's years are known): the file, the field with its Chinese label,
 * then `problem`, said after the field's name ("应为…" / "must be …").
 *
 *     extractMetaFieldError("extract.json", "bulletin.issuer", {zh: "应为非空文字", en: "must be a non-empty string"}).message
 *     // "extract.json:字段 bulletin.issuer(发布机关)应为非空文字 / extract.json: field bulletin.issuer must be a non-empty string"
 */
export function extractMetaFieldError(file: string, field: string, problem: {zh: string; en: string}): ExtractError {
  return new ExtractError(`${file}:字段 ${field}${fieldLabel(field)}${problem.zh} / ${file}: field ${field} ${problem.en}`, {file, column: field});
}
