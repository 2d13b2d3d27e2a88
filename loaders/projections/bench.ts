// Benchmark of the projection product on a simulated county of 300 villages (about 600,000 people, 11 years):
// reading the inputs from DuckDB, backtesting every method and projecting all four scenarios.
// Usage: npm run bench:projections [-- --villages N]. Timings go to stderr; exits 1 when the product takes a
// minute or more, 2 on wrong arguments (the message and the usage, as npm run pipeline says them).
import {readFileSync} from "node:fs";
import {DuckDBInstance} from "@duckdb/node-api";
import {positiveIntegerExpected, positiveIntegerFromText} from "../positiveIntegerFromText.ts";
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";
import {backtestFromInputs, projectionsFromRegister, registerInputs, syntheticRegister} from "./index.ts";

const usage = `用法 / usage: npm run bench:projections -- [--villages N]
  对模拟县的预测产品计时,耗时写到 stderr;超过一分钟时退出码 1 (times the projection product on a simulated county; timings on stderr; exit 1 at a minute or more)
  --villages N   模拟的村居数 (villages simulated; default 300)
  --help         显示本说明 (show this usage)`;

const values = cliArguments({villages: {type: "string", default: "300"}, help: {type: "boolean", short: "h"}}, usage);
// Wrong arguments: the problem and the usage, exit 2, nothing run.
const villages = positiveIntegerFromText(values.villages) ?? exitWrongArguments(`--villages ${positiveIntegerExpected}: ${values.villages}`, usage);
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
await connection.run(readFileSync(new URL("../store/schema.sql", import.meta.url), "utf8"));
let t = performance.now();
const size = await syntheticRegister(connection, {villages});
process.stderr.write(`模拟登记簿:${villages} 个村,${size.persons} 人,${size.spells} 段居住记录(${((performance.now() - t) / 1000).toFixed(1)} 秒,不计入)\n`);
const start = performance.now();
t = start;
const inputs = await registerInputs(connection);
process.stderr.write(`读取预测输入(SQL):${((performance.now() - t) / 1000).toFixed(1)} 秒\n`);
t = performance.now();
const backtest = backtestFromInputs(inputs);
process.stderr.write(`回测(${backtest.baseYears.length} 个基年,全部方法):${((performance.now() - t) / 1000).toFixed(1)} 秒\n`);
t = performance.now();
const result = await projectionsFromRegister(connection, {inputs, backtest});
process.stderr.write(`四个方案的预测(${result.projections.length} 行):${((performance.now() - t) / 1000).toFixed(1)} 秒\n`);
const total = (performance.now() - start) / 1000;
process.stderr.write(`合计:${total.toFixed(1)} 秒;各村默认方法:${result.method}\n`);
connection.closeSync();
if (total >= 60) {
  process.stderr.write("超过一分钟\n");
  process.exitCode = 1;
}
