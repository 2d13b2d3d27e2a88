import type {DuckDBConnection} from "@duckdb/node-api";
import {runSqlFile} from "../store/runSqlFile.ts";

/** Connections holding register_spells now, with how many calls are using it. */
const holding = new WeakMap<DuckDBConnection, number>();

/**
 * Runs `use` with the temp tables of registerSpells.sql (register_spells: residence joined once to its
 * person; spell_villages: the codes numbered) on the connection, made from the validated tables at the
 * first call and dropped when it returns. A call inside another's `use` reuses the tables: registerInputs
 * runs populationExposure-, deaths- and migrationFromRegister inside one call, so the register is joined once
 * for the three instead of once each; a query run alone (a test, another caller) makes and drops its own.
 */
export async function withRegisterSpells<T>(connection: DuckDBConnection, use: () => Promise<T>): Promise<T> {
  const users = holding.get(connection) ?? 0;
  if (users === 0) await runSqlFile(connection, new URL("./registerSpells.sql", import.meta.url));
  holding.set(connection, users + 1);
  try {
    return await use();
  } finally {
    const left = holding.get(connection)! - 1;
    holding.set(connection, left);
    if (left === 0) {
      holding.delete(connection);
      await connection.run("DROP TABLE IF EXISTS register_spells; DROP TABLE IF EXISTS spell_villages");
    }
  }
}
