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
import {openDatabase} from "../store/openDatabase.ts";
import {benchDefaults} from "./benchDefaults.ts";
import type {LowerBound} from "./types.ts";
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";

const usage = `用法 / usage: node --import tsx loaders/bench/lowerBoundCli.ts --input DIR (npm run bench 的子进程 / a child process of npm run bench)
  仅用 DuckDB 读取登记数据并按村、年计数,以 JSON 输出耗时 (DuckDB alone reading the extract; timings as JSON on stdout)
  --input DIR   登记数据文件夹 (extract folder; required)
  --help        显示本说明 (show this usage)`;

const values = cliArguments({input: {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
if (!values.input) exitWrongArguments("缺少 --input / --input is required", usage);
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
