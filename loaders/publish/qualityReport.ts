import type {DuckDBConnection} from "@duckdb/node-api";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {YearWithoutEvents} from "../indicators/yearsWithoutEvents.ts";
import {columnLabel} from "../validate/columnLabel.ts";
import {fileLinesLabel} from "../validate/fileLinesLabel.ts";
import type {ValidationReport} from "../validate/validateExtract.ts";

export interface ReasonCount {
  file: string;
  reason: string;
  message: string;
  count: number;
  /** The first rows (1-based data rows) with this problem, so the office can find them. */
  rows: number[];
  /** The same rows as the file numbers them: the sheet's row (XLSX), the line (CSV). */
  lines: number[];
  /** The columns with this problem (English names; a file's column_headers gives them as written); null for the whole row. */
  columns: (string | null)[];
  /** The same columns as the office's header writes them, ready to show (columnLabel): 性别(sex), sex, 整行. */
  column_labels: string[];
  /** `lines` in words, ready to show (fileLinesLabel): "Excel 第4、5行" (a workbook), "文件第3、6行" (a CSV file); null when no line is known. */
  lines_label: string | null;
}

export interface QualityReport extends ValidationReport {
  rejects_by_reason: ReasonCount[];
  warnings_by_reason: ReasonCount[];
  /** pop_end = pop_start + births − deaths + in_migrants − out_migrants, checked on every village_year row. */
  balance: {rows_checked: number; rows_failed: number};
  /** Reported years with no birth, death or move anywhere although the register's own rate makes that all but impossible (yearsWithoutEvents). */
  years_without_events: YearWithoutEvents[];
  notes: string[];
}

export const defaults = {rowsPerReason: 20};

/** The aggregate data-quality report (quality.json): counts, reasons, row numbers; no values. */
export async function qualityReport(
  connection: DuckDBConnection,
  validation: ValidationReport,
  {notes = [], yearsWithoutEvents = []}: {notes?: string[]; yearsWithoutEvents?: YearWithoutEvents[]} = {}
): Promise<QualityReport> {
  const byReason = async (table: "rejects" | "warnings") => {
    const result = await connection.runAndReadAll(`
      SELECT file, reason, min(message) AS message, count(*)::INTEGER AS count,
             list(DISTINCT "row" ORDER BY "row")[1:${defaults.rowsPerReason}] AS rows,
             -- a row's line grows with it: the first lines are the first rows'
             list(DISTINCT line ORDER BY line)[1:${defaults.rowsPerReason}] AS lines,
             list(DISTINCT "column" ORDER BY "column" NULLS FIRST) AS columns
      FROM ${table}_located GROUP BY file, reason ORDER BY file, count DESC, reason`);
    // Labels for the 数据质量 page, made here once so that the page holds no rule of its own.
    return (result.getRowObjectsJson() as unknown as Omit<ReasonCount, "column_labels" | "lines_label">[]).map((group) => {
      const file = validation.files.find((f) => f.file === group.file);
      return {
        ...group,
        column_labels: group.columns.map((column) => columnLabel(column, file?.column_headers)),
        lines_label: fileLinesLabel(group.lines, file?.encoding === "xlsx" ? "xlsx" : "csv") ?? null
      };
    });
  };
  const balance = await connection.runAndReadAll(`
    SELECT count(*)::INTEGER AS rows_checked,
           count(*) FILTER (WHERE pop_end <> pop_start + births - deaths + in_migrants - out_migrants)::INTEGER AS rows_failed
    FROM village_year`);
  return {
    ...validation,
    rejects_by_reason: await byReason("rejects"),
    warnings_by_reason: await byReason("warnings"),
    balance: balance.getRowObjects()[0] as QualityReport["balance"],
    years_without_events: yearsWithoutEvents,
    notes
  };
}

/**
 * qualityYearsWithoutEvents(dir): the years_without_events recorded in the quality.json of an output
 * folder; none when the folder has no quality.json or one written before they were recorded.
 */
export function qualityYearsWithoutEvents(dir: string): YearWithoutEvents[] {
  const path = join(dir, "quality.json");
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, "utf8")) as Partial<QualityReport>).years_without_events ?? [];
}
