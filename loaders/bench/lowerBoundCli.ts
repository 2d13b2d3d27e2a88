/**
 * Child process of `npm run bench`: the lower bound of the pipeline's work, DuckDB alone reading the
 * extract's persons and residence CSV files (all_varchar) and doing one grouped count per village
 * and year. Then, for scale, DuckDB alone reading every cell of every CSV file of the extract into a
 * table, each column typed by read_csv's own detection and nothing checked: the part of the
 * pipeline's work that is reading and typing alone. Prints {seconds, peakRssMiB, rows, groups,
 * typedReadSeconds} as JSON.
 *
 *   node --import tsx loaders/bench/lowerBoundCli.ts --input DIR
 */
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {openDatabase} from "../store/openDatabase.ts";
import {benchDefaults} from "./benchDefaults.ts";
import type {LowerBound} from "./types.ts";

const {values} = parseArgs({options: {input: {type: "string"}}, strict: true});
if (!values.input) {
  process.stderr.write("usage: lowerBoundCli.ts --input DIR\n");
  process.exit(2);
}
const db = await openDatabase({memoryLimit: benchDefaults.memoryLimit, threads: benchDefaults.threads});
const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
const started = performance.now();
const persons = await db.connection.runAndReadAll(
  `SELECT count(*)::BIGINT AS n FROM read_csv(${quote(join(values.input, "persons.csv"))}, all_varchar = true)`
);
const groups = await db.connection.runAndReadAll(`
  SELECT count(*)::BIGINT AS groups, sum(n)::BIGINT AS n FROM (
    SELECT village_code, substr(start_date, 1, 4) AS year, count(*) AS n
    FROM read_csv(${quote(join(values.input, "residence.csv"))}, all_varchar = true)
    GROUP BY ALL)`);
const seconds = (performance.now() - started) / 1000;
const peakRssMiB = process.resourceUsage().maxRSS / 1024; // of the lower bound alone
const csvFiles = readdirSync(values.input).filter((name) => name.endsWith(".csv")).sort();
const typedStarted = performance.now();
for (const name of csvFiles) {
  await db.connection.run(`CREATE TABLE typed AS SELECT * FROM read_csv(${quote(join(values.input, name))})`);
  await db.connection.run("DROP TABLE typed");
}
const typedReadSeconds = (performance.now() - typedStarted) / 1000;
db.close();
const [g] = groups.getRowObjects() as {groups: bigint; n: bigint}[];
const [p] = persons.getRowObjects() as {n: bigint}[];
const result: LowerBound = {seconds, peakRssMiB, rows: Number(p!.n) + Number(g!.n), groups: Number(g!.groups), typedReadSeconds};
process.stdout.write(JSON.stringify(result) + "\n");
