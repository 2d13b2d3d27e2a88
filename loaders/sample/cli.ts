/**
 * npm run sample [-- --people N --villages K --seed S --out DIR --start-year Y --end-year Y]
 * Writes the sample register extract (default: the bundled sample in data/sample/).
 */
import {parseArgs} from "node:util";
import {generateSample} from "./generateSample.ts";
import {sampleDefaults} from "./sampleDefaults.ts";

const usage = `用法 / usage: npm run sample -- [options]
  --people N       期初人口 (people at the start; default ${sampleDefaults.people})
  --villages K     村居数 (villages; default ${sampleDefaults.villages})
  --seed S         随机种子,相同参数生成逐字节相同的文件 (seed; the same options give byte-identical files; default ${sampleDefaults.seed})
  --start-year Y   登记开始年份 (first year; default ${sampleDefaults.startYear})
  --end-year Y     最后一个完整年份 (last whole year; default ${sampleDefaults.endYear})
  --out DIR        输出文件夹 (default ${sampleDefaults.out})
  --help           显示本说明
`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${name} 须为整数：${value}`);
  return n;
}

try {
  const {values} = parseArgs({
    options: {
      people: {type: "string"},
      villages: {type: "string"},
      seed: {type: "string"},
      out: {type: "string"},
      "start-year": {type: "string"},
      "end-year": {type: "string"},
      help: {type: "boolean"}
    },
    strict: true
  });
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const started = performance.now();
  const s = await generateSample({
    people: integer("people", values.people, sampleDefaults.people),
    villages: integer("villages", values.villages, sampleDefaults.villages),
    seed: integer("seed", values.seed, sampleDefaults.seed),
    startYear: integer("start-year", values["start-year"], sampleDefaults.startYear),
    endYear: integer("end-year", values["end-year"], sampleDefaults.endYear),
    out: values.out ?? sampleDefaults.out
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `已生成样例（${s.region}，${s.villages} 个村居）→ ${s.options.out}：人员 ${s.persons}，居住登记 ${s.spells}，` +
      `期初人口 ${s.populationStart}，期末人口 ${s.populationEnd}，出生 ${s.births}，用时 ${seconds} 秒\n`
  );
  process.stderr.write(`故意设置的问题行（${s.flaws.length}）：\n`);
  for (const f of s.flaws) process.stderr.write(`| ${f.file} | ${f.row} | ${f.column} | ${f.kind} | ${f.what} |\n`);
} catch (error) {
  process.stderr.write(`生成样例失败：${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exitCode = 1;
}
