import {closeSync, openSync, readSync, renameSync, rmSync, statSync} from "node:fs";
import {dirname} from "node:path";

/** Bytes 8–11 of every DuckDB database file. */
const duckdbMagic = "DUCK";

function isDuckdbFile(path: string): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(path, "r");
  try {
    return readSync(fd, head, 0, 12, 0) === 12 && head.toString("latin1", 8, 12) === duckdbMagic;
  } finally {
    closeSync(fd);
  }
}

/**
 * Why `path` cannot be the database file of a run (`--db`), or undefined. The run replaces it, so it
 * must be new or a DuckDB database already: never a register file or anything else given by mistake.
 */
export function databaseFileProblem(path: string): string | undefined {
  if (!statSync(dirname(path), {throwIfNoEntry: false})?.isDirectory()) return `文件夹不存在 / its folder does not exist: ${dirname(path)}`;
  const existing = statSync(path, {throwIfNoEntry: false});
  if (existing && !(existing.isFile() && isDuckdbFile(path))) return `已存在且不是 DuckDB 数据库,不会覆盖 / exists and is not a DuckDB database, so it is not replaced: ${path}`;
  return undefined;
}

/** Removes a DuckDB database file and its write-ahead log, where they exist. */
export function removeDatabaseFile(path: string): void {
  rmSync(path, {force: true});
  rmSync(`${path}.wal`, {force: true});
}

/**
 * Puts the closed database `built` in the place of `path`: the old write-ahead log goes first (it
 * belongs to the old file), then one rename replaces the file, so `path` is never missing.
 */
export function replaceDatabaseFile(built: string, path: string): void {
  rmSync(`${path}.wal`, {force: true});
  renameSync(built, path);
}
