import type {DuckDBConnection, DuckDBValue} from "@duckdb/node-api";
import {readFileSync} from "node:fs";

/**
 * Runs every statement of an SQL text (`source` names it in errors). Parameters ($name) are bound
 * per statement, only those the statement uses, so one parameter object can serve a whole file.
 * Each statement is destroyed once run.
 */
export async function runSql(connection: DuckDBConnection, sql: string, parameters: Record<string, DuckDBValue>, source: string): Promise<void> {
  const statements = await connection.extractStatements(sql);
  for (let i = 0; i < statements.count; i++) {
    const prepared = await statements.prepare(i);
    const used: Record<string, DuckDBValue> = {};
    for (let p = 1; p <= prepared.parameterCount; p++) {
      const name = prepared.parameterName(p);
      if (!(name in parameters)) throw new Error(`SQL parameter $${name} not given (${source})`);
      used[name] = parameters[name];
    }
    try {
      if (prepared.parameterCount > 0) prepared.bind(used);
      await prepared.run();
    } finally {
      // A prepared statement keeps its plan, and with it the hash tables and cached chunks of the
      // plan's joins (hundreds of MB on a county register), until it is destroyed: not left to GC.
      prepared.destroySync();
    }
  }
}

/** Runs every statement of a .sql file (see runSql). */
export function runSqlFile(connection: DuckDBConnection, url: URL, parameters: Record<string, DuckDBValue> = {}): Promise<void> {
  return runSql(connection, readFileSync(url, "utf8"), parameters, url.pathname);
}
