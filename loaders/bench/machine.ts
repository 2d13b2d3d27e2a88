import {cpus, loadavg, totalmem, platform, release} from "node:os";
import {DuckDBInstance} from "@duckdb/node-api";
import type {Machine} from "./types.ts";

/** Cores, memory, Node and DuckDB versions of this machine, today's date (UTC), and the load average at `startLoad` and now. */
export async function machine(startLoad: number = loadavg()[0]!): Promise<Machine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll("SELECT version() AS v");
  const duckdb = String((reader.getRowObjects()[0] as {v: string}).v);
  connection.closeSync();
  instance.closeSync();
  const cores = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    duckdb,
    platform: `${platform()} ${release()}`,
    loadAverage: [startLoad, loadavg()[0]!]
  };
}
