/**
 * npm run sample [-- --people N --villages K --seed S --out DIR --start-year Y --end-year Y]
 * Writes the sample register extract (default: the bundled sample in data/sample/).
 * Exit codes: 0 written; 1 the sample could not be written; 2 wrong arguments (the message and the
 * usage, as npm run pipeline and npm run bulletin say them).
 */
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";
import {generateSample} from "./generateSample.ts";
import {sampleDefaults} from "./sampleDefaults.ts";

const usage = `用法 / usage: npm run sample -- [options]
  --people N       期初人口 (people at the start; default ${sampleDefaults.people})
  --villages K     村居数 (villages; default ${sampleDefaults.villages})
  --seed S         随机种子,相同参数生成逐字节相同的文件 (seed; the same options give byte-identical files; default ${sampleDefaults.seed})
  --start-year Y   登记开始年份 (first year; default ${sampleDefaults.startYear})
  --end-year Y     最后一个完整年份 (last whole year; default ${sampleDefaults.endYear})
  --out DIR        输出文件夹 (default ${sampleDefaults.out})
  --help, -h       显示本说明 (show this usage)
`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Wrong arguments: the problem and the usage, exit 2. */
const wrong = (problem: string): never => exitWrongArguments(problem, usage);

/** The whole number given for --name (or the default), from `min` to `max`; any other text is a wrong argument. */
function integer(name: string, value: string | undefined, fallback: number, min = -Infinity, max = Infinity): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n)) wrong(`--${name} 应为整数 / must be a whole number: ${value}`);
  if (max === Infinity && n < min) wrong(`--${name} 应为不小于 ${min} 的整数 / must be a whole number ≥ ${min}: ${value}`);
  if (n < min || n > max) wrong(`--${name} 应为 ${min} 到 ${max} 之间的整数 / must be a whole number from ${min} to ${max}: ${value}`);
  return n;
}

const options = {
  people: {type: "string"},
  villages: {type: "string"},
  seed: {type: "string"},
  out: {type: "string"},
  "start-year": {type: "string"},
  "end-year": {type: "string"},
  help: {type: "boolean", short: "h"}
} as const;
const values = cliArguments(options, usage);
const people = integer("people", values.people, sampleDefaults.people, 1);
const villages = integer("villages", values.villages, sampleDefaults.villages, 1);
const seed = integer("seed", values.seed, sampleDefaults.seed);
const startYear = integer("start-year", values["start-year"], sampleDefaults.startYear, 1950, 2100);
const endYear = integer("end-year", values["end-year"], sampleDefaults.endYear, startYear, 2100);

try {
  const started = performance.now();
  const s = await generateSample({people, villages, seed, startYear, endYear, out: values.out ?? sampleDefaults.out});
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `已生成样例(${s.region},${s.villages} 个村居)→ ${s.options.out}:人员 ${s.persons},居住登记 ${s.spells},` +
      `期初人口 ${s.populationStart},期末人口 ${s.populationEnd},出生 ${s.births},用时 ${seconds} 秒\n`
  );
  process.stderr.write(`故意设置的问题行(${s.flaws.length}):\n`);
  for (const f of s.flaws) process.stderr.write(`| ${f.file} | ${f.row} | ${f.column} | ${f.kind} | ${f.what} |\n`);
} catch (error) {
  fail(`生成样例失败 / the sample could not be written: ${error instanceof Error ? error.message : String(error)}`, 1);
}
