/**
 * npm run bench:site [-- --people 1000000 --villages 300 --runs 3 --data-dir bench-data --outputs DIR]  (--help: the usage; wrong arguments: exit 2)
 *
 * Generates the register (bench-data/, reused when made with the same parameters), computes its
 * pipeline outputs (cached, or --outputs), builds the site into bench-data/<…>-site and times each
 * page in chromium (siteBenchmark). Prints a markdown table on stdout; progress on stderr.
 */
import {join} from "node:path";
import {benchDefaults} from "./benchDefaults.ts";
import {ensureBenchData} from "./ensureBenchData.ts";
import {siteBenchmark} from "./siteBenchmark.ts";
import {positiveIntegerExpected, positiveIntegerFromText} from "../positiveIntegerFromText.ts";
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";

const log = (message: string) => process.stderr.write(`bench:site: ${message}\n`);
const ms = (value: number | null) => (value == null ? "—" : Number.isNaN(value) ? "无变化" : `${Math.round(value)}`);

const usage = `用法 / usage: npm run bench:site -- [options]
  生成模拟登记簿,构建站点并在 chromium 中对每页计时,结果表写到 stdout
  (generates a register, builds the site and times each page in chromium; a markdown table on stdout)
  --people N       人口 (people; default 1000000)
  --villages K     村居数 (villages; default 300)
  --runs R         每页次数,取中位数 (runs per page, median; default 3)
  --data-dir DIR   模拟数据文件夹,参数相同时复用 (generated data, reused; default ${benchDefaults.dataDir})
  --outputs DIR    已有的流水线结果 (ready pipeline outputs; default computed, cached)
  --help           显示本说明 (show this usage)`;

const values = cliArguments({
  people: {type: "string", default: "1000000"},
  villages: {type: "string", default: "300"},
  runs: {type: "string", default: "3"},
  "data-dir": {type: "string", default: benchDefaults.dataDir},
  outputs: {type: "string"},
  help: {type: "boolean", short: "h"}
}, usage);
/** The count given for --name; anything else is a wrong argument: the problem and the usage, exit 2, nothing run. */
function count(name: "people" | "villages" | "runs"): number {
  return positiveIntegerFromText(values[name]!) ?? exitWrongArguments(`--${name} ${positiveIntegerExpected}: ${values[name]}`, usage);
}
const [people, villages, runs] = [count("people"), count("villages"), count("runs")];
try {
  const {startYear, endYear, seed} = benchDefaults;
  const data = await ensureBenchData(values["data-dir"]!, {people, villages, startYear, endYear, seed});
  log(`${people} people, ${villages} villages: ${data.seconds > 0 ? `generated in ${data.seconds.toFixed(1)} s` : "reused"} (${data.dir})`);
  const result = await siteBenchmark({dataDir: data.dir, outDir: `${data.dir}-site`, outputsDir: values.outputs, runs});
  const lines = [
    `站点性能:${people} 人,${villages} 个村(社区);构建 ${result.build_seconds.toFixed(1)} s;每页 ${runs} 次取中位数(Debian chromium,本机)`,
    "",
    "| 页面 | 首屏 (ms) | 交互 (ms) | 交互内容 | 传输 (KB) |",
    "|---|---:|---:|---|---:|",
    ...result.pages.map((p) => `| ${p.page} | ${ms(p.first_view_ms)} | ${ms(p.interaction_ms)} | ${p.interaction ?? "—"} | ${Math.round(p.transfer_bytes / 1024)} |`)
  ];
  process.stdout.write(lines.join("\n") + "\n");
  const slow = result.pages.filter((p) => p.first_view_ms > 2000 || (p.interaction_ms ?? 0) > 100);
  if (slow.length) log(`超出目标(首屏 ≤ 2000 ms,交互 ≤ 100 ms):${slow.map((p) => p.page).join(", ")}`);
} catch (error) {
  process.stderr.write(`bench:site failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
