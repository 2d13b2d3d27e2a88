import type {DuckDBConnection} from "@duckdb/node-api";
import {readFileSync} from "node:fs";
import {filesOverRejectedShare} from "./filesOverRejectedShare.ts";
import {TooManyRejectedError} from "./TooManyRejectedError.ts";
import type {RejectedFile, RejectedReason} from "./tooManyRejectedMessage.ts";
import type {FileReport} from "./validateExtract.ts";

export const defaults = {maxRejectedShare: 0.5};

const reasonsSql = readFileSync(new URL("./rejectedReasons.sql", import.meta.url), "utf8");

/**
 * checkRejectedShare(connection, files, {maxShare}) throws a TooManyRejectedError when a provided
 * file had rows read and all of them, or more than `maxShare` of them, were rejected
 * (filesOverRejectedShare); run after validation (and the targets file), before any output is
 * written. The reasons come from the `rejects` table. When a file's rows were rejected because their
 * person was (person_rejected), the persons file is listed too, as the root cause.
 */
export async function checkRejectedShare(connection: DuckDBConnection, files: readonly FileReport[], {maxShare = defaults.maxRejectedShare}: {maxShare?: number} = {}): Promise<void> {
  const over = filesOverRejectedShare(files, maxShare);
  if (over.length === 0) return;
  const listed: RejectedFile[] = [];
  const located = (f: FileReport) => ({headers: f.column_headers, format: f.encoding === "xlsx" ? ("xlsx" as const) : ("csv" as const)});
  for (const f of over) listed.push({file: f.file, table: f.table, read: f.read, rejected: f.rejected, reasons: await reasonsOf(connection, f.file), over: true, ...located(f)});
  const persons = files.find((f) => f.table === "persons");
  const rootCause = listed.some((f) => f.reasons.some((r) => r.reason === "person_rejected"));
  if (rootCause && persons && !over.includes(persons))
    listed.push({file: persons.file, table: persons.table, read: persons.read, rejected: persons.rejected, reasons: await reasonsOf(connection, persons.file), over: false, ...located(persons)});
  throw new TooManyRejectedError(listed, maxShare);
}

async function reasonsOf(connection: DuckDBConnection, file: string): Promise<RejectedReason[]> {
  const prepared = await connection.prepare(reasonsSql);
  try {
    prepared.bind({file});
    const result = await prepared.runAndReadAll();
    return result.getRowObjectsJson() as unknown as RejectedReason[];
  } finally {
    prepared.destroySync();
  }
}
