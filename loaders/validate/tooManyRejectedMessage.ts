import type {TableName} from "../read/extractFormat.ts";
import {columnLabel} from "./columnLabel.ts";
import {fileLinesLabel} from "./fileLinesLabel.ts";

export interface RejectedReason {
  reason: string;
  /** The column the reason is about; null for the whole row (field_count). */
  column: string | null;
  /** The reason in words (reasons.ts), saying what was expected. */
  message: string;
  /** Rows of the file rejected for this reason and column. */
  count: number;
  /** The first of those rows (1-based, header excluded). */
  rows: number[];
  /** The same rows as the file numbers them (the sheet's row of an XLSX file, the line of a CSV file). */
  lines: number[];
}

export interface RejectedFile {
  file: string;
  table: TableName;
  read: number;
  rejected: number;
  /** Commonest first. */
  reasons: RejectedReason[];
  /** false for a file listed only as the root cause of another's rejections (persons for person_rejected). */
  over: boolean;
  /** The file's headers that are not the English names (FileReport.column_headers), to name columns as written. */
  headers?: Record<string, string>;
  /** Whether the file is a workbook (its rows are then given as Excel numbers them) or a CSV file. */
  format?: "xlsx" | "csv";
}

export const defaults = {reasonsShown: 3};

/**
 * tooManyRejectedMessage(files, maxShare): the message of TooManyRejectedError, zh-CN. One block
 * per file: the file, rows read and rejected, the share allowed, then its commonest reasons, each
 * with its column (as the file's header writes it: 性别(sex)), the reason's text (which says what was
 * expected), how many rows and the first row numbers, both the data rows (header excluded) and the
 * rows as the file numbers them (Excel 第 N 行 for a workbook, 文件第 N 行 for CSV). A residence row rejected because its person was (person_rejected) sends the reader
 * to the persons file, whose own reasons are listed too.
 *
 *   tooManyRejectedMessage([{file: "persons.csv", read: 3, rejected: 3, …}], 0.5)
 *   // "被拒绝的行过多,未写出任何结果 / …\npersons.csv:全部 3 行被拒绝 / …\n  · sex 列:性别无法识别(…):3 行,第 1、2、3 行(文件第 2、3、4 行)\n…"
 */
export function tooManyRejectedMessage(files: readonly RejectedFile[], maxShare: number): string {
  const persons = files.find((f) => f.table === "persons");
  const lines = ["被拒绝的行过多,未写出任何结果 / too many rejected rows: nothing written"];
  for (const f of files) {
    const share = `读入 ${f.read} 行,拒绝 ${f.rejected} 行(${percent(f.rejected / f.read)})`;
    if (!f.over) lines.push(`${f.file}(上述人员被拒绝的原因):${share}`);
    else if (f.rejected === f.read) lines.push(`${f.file}:全部 ${f.read} 行被拒绝 / all ${f.read} rows rejected`);
    else lines.push(`${f.file}:${share},超过允许的 ${percent(maxShare)} / ${f.rejected} of ${f.read} rows rejected, more than ${percent(maxShare)}`);
    for (const r of f.reasons.slice(0, defaults.reasonsShown)) {
      const where = r.column === null ? "整行" : `${columnLabel(r.column, f.headers)} 列`;
      const first = r.rows.join("、") + (r.count > r.rows.length ? " 行等" : " 行") + lineNumbers(r.lines, f.format);
      const root = r.reason === "person_rejected" && persons ? `;请先改正 ${persons.file} 中被拒绝的人员` : "";
      lines.push(`  · ${where}:${r.message}:${r.count} 行,第 ${first}${root}`);
    }
    const more = f.reasons.slice(defaults.reasonsShown);
    if (more.length > 0) lines.push(`  · 另有 ${more.length} 种原因,共 ${more.reduce((n, r) => n + r.count, 0)} 处`);
  }
  lines.push(
    `行号从表头下第一行起算,括号中是文件本身的行号(在 Excel 中看到的行号;CSV 文件有跨行的单元格时以文本编辑器中的行为准)。请改正后重新运行;允许的拒绝比例可用 --max-rejected-share(或 POP_MAX_REJECTED_SHARE)设定,当前 ${maxShare},整个文件被拒绝时总是停止。`
  );
  return lines.join("\n");
}

/** "(Excel 第 2、3 行)" / "(文件第 2、3 行)": the rows as the file numbers them; nothing when unknown. */
function lineNumbers(lines: readonly (number | null)[], format: "xlsx" | "csv" = "csv"): string {
  const label = fileLinesLabel(lines, format, {spaced: true});
  return label === undefined ? "" : `(${label})`;
}

/** 0.6 → "60%", 0.12345 → "12.34%": rounded down, so a share short of all never reads 100%. */
function percent(share: number): string {
  return `${Math.floor(share * 10_000) / 100}%`;
}
