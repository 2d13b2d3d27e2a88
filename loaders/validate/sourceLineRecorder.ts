import type {DuckDBAppender} from "@duckdb/node-api";
import {appendValues} from "../store/appendValues.ts";

/**
 * sourceLineRecorder(appender, file) returns a function to call with every data row read, in
 * order (its `row` and `line`): it appends to `source_lines` (schema.sql) each row where line − row
 * changes, so that any row's line can be found again (the rejects_located view).
 */
export function sourceLineRecorder(appender: DuckDBAppender, file: string): (row: number, line: number) => void {
  let last: number | undefined;
  return (row, line) => {
    if (line - row === last) return;
    last = line - row;
    appendValues(appender, ["varchar", "integer", "integer"], [file, row, last]);
  };
}
