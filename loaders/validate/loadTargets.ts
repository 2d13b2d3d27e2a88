import type {DuckDBConnection} from "@duckdb/node-api";
import {tableSpec} from "../read/extractFormat.ts";
import {openTable} from "../read/openTable.ts";
import type {ExtractFiles} from "../read/types.ts";
import {defaultTargets} from "../indicators/defaultTargets.ts";
import {targetRowSchema, type TargetRow} from "../indicators/targetRow.ts";
import {appendValues} from "../store/appendValues.ts";
import {reasons} from "./reasons.ts";
import {sourceLineRecorder} from "./sourceLineRecorder.ts";
import {columnHeaders} from "./columnHeaders.ts";
import type {FileReport} from "./validateExtract.ts";

export interface LoadedTargets {
  targets: readonly TargetRow[];
  /** The targets file's counts, when the extract has one. */
  report?: FileReport;
  notes: string[];
}

/** "出生率不高于15‰、…": the labels of targets, for a note. */
function labelsOf(targets: readonly TargetRow[]): string {
  return targets.map((t) => t.label ?? t.indicator).join("、");
}

/**
 * The targets to check: the rows of targets.csv that pass their schema, followed by the default
 * target (defaultTargets) of every indicator the file does not give one for; the default targets
 * alone when the extract has no targets file. A note names the defaults used. Bad rows go to
 * `rejects` like any other rejected row. An indicator has one target: a later row for an indicator
 * already given is rejected as a duplicate (the first kept, as in every other file), so that a
 * village and year has one verdict per indicator.
 */
export async function loadTargets(connection: DuckDBConnection, extract: ExtractFiles): Promise<LoadedTargets> {
  const source = extract.tables.targets;
  if (!source) return {targets: defaultTargets, notes: [`未提供目标文件 targets.csv,使用默认目标:${labelsOf(defaultTargets)}`]};
  const {header, rows} = await openTable(source, tableSpec("targets"));
  const report: FileReport = {
    file: source.file, table: "targets", encoding: header.encoding, delimiter: header.delimiter ?? null,
    read: 0, accepted: 0, rejected: 0, warnings: 0, unknown_columns: header.unknownColumns, column_headers: columnHeaders(header.headers)
  };
  const sourceLines = await connection.createAppender("source_lines");
  const located = sourceLineRecorder(sourceLines, source.file);
  const rejects = await connection.createAppender("rejects");
  const reject = (row: number, column: string | null, value: unknown, reason: string, message: string) =>
    appendValues(rejects, ["varchar", "integer", "varchar", "varchar", "varchar", "varchar"], [source.file, row, column, value, reason, message]);
  const targets: TargetRow[] = [];
  const firstRowOf = new Map<string, number>();
  for await (const raw of rows) {
    report.read++;
    located(raw.row, raw.line);
    if (raw.repeatedHeader) {
      report.rejected++;
      reject(raw.row, null, null, "repeated_header", reasons.repeated_header);
      continue;
    }
    // A row whose cells do not line up with the header (a shifted or cut row) is not read at all,
    // as in every other file: its values may sit under the wrong column.
    if (raw.fieldCountMismatch) {
      const {expected, actual} = raw.fieldCountMismatch;
      report.rejected++;
      reject(raw.row, null, `${actual}/${expected}`, "field_count", reasons.field_count);
      continue;
    }
    const parsed = targetRowSchema.safeParse(raw.values);
    if (parsed.success) {
      const first = firstRowOf.get(parsed.data.indicator);
      if (first !== undefined) {
        report.rejected++;
        reject(raw.row, "indicator", parsed.data.indicator, "duplicate", `${reasons.duplicate}(第${first}行已给出该指标的目标)`);
        continue;
      }
      firstRowOf.set(parsed.data.indicator, raw.row);
      targets.push(parsed.data);
      continue;
    }
    report.rejected++;
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      const value = raw.values[column];
      reject(raw.row, column, value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? ""), "invalid_target", issue.message);
    }
  }
  rejects.closeSync();
  sourceLines.closeSync();
  report.accepted = report.read - report.rejected;
  const defaults = defaultTargets.filter((t) => !firstRowOf.has(t.indicator));
  const notes = defaults.length === 0 ? [] : [`${source.file} 未列出的指标使用默认目标:${labelsOf(defaults)}`];
  return {targets: [...targets, ...defaults], report, notes};
}
