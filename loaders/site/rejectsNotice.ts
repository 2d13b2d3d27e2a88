import {join} from "node:path";
import type {FileReport} from "../validate/validateExtract.ts";

/**
 * rejectsNotice(dir, files) is the line the site's prebuild prints when the extract had rejected
 * rows: how many, and where the row-by-row list is (`dir`/rejects.csv, internal, never published);
 * undefined when nothing was rejected. `dir` is the pipeline's output folder as it should be shown
 * (e.g. `.tmp/pipeline/<key>`), `files` quality.json's files.
 *
 *     rejectsNotice(".tmp/pipeline/3f2a", [{file: "persons.csv", rejected: 2, …}])
 *     // "有 2 行被拒绝,未计入指标(persons.csv 2 行);逐行清单(仅供内部核对,不发布):.tmp/pipeline/3f2a/rejects.csv / 2 rows rejected; list in .tmp/pipeline/3f2a/rejects.csv"
 */
export function rejectsNotice(dir: string, files: readonly Pick<FileReport, "file" | "rejected">[]): string | undefined {
  const rejected = files.filter((f) => f.rejected > 0);
  if (rejected.length === 0) return undefined;
  const total = rejected.reduce((n, f) => n + f.rejected, 0);
  const byFile = rejected.map((f) => `${f.file} ${f.rejected} 行`).join("、");
  return `有 ${total} 行被拒绝,未计入指标(${byFile});逐行清单(仅供内部核对,不发布):${join(dir, "rejects.csv")} / ${total} rows rejected; list in ${join(dir, "rejects.csv")}`;
}
