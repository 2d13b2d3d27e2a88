import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {mkdirSync} from "node:fs";

export interface DatabaseOptions {
  /** A database file, or ":memory:" (default). */
  path?: string;
  /** DuckDB memory_limit, e.g. "2GB"; beyond it DuckDB spills to tempDirectory. */
  memoryLimit?: string;
  /** Where DuckDB spills when memoryLimit is reached. */
  tempDirectory?: string;
  threads?: number;
}

export const defaults = {path: ":memory:", memoryLimit: "2GB"} as const;

export interface Database {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

/** Opens an embedded DuckDB with bounded memory. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const {path = defaults.path, memoryLimit = defaults.memoryLimit, tempDirectory, threads} = options;
  const config: Record<string, string> = {memory_limit: memoryLimit};
  if (tempDirectory) {
    mkdirSync(tempDirectory, {recursive: true});
    config.temp_directory = tempDirectory;
  }
  if (threads) config.threads = String(threads);
  const instance = await DuckDBInstance.create(path, config);
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
