/**
 * npm run bulletin -- --year 2025 [--out bulletin-2025.pdf] [--input data/sample] [--reuse]
 * Checks the year first, against the years the register reports (the pipeline's outputs the build will
 * use, or with --reuse the built site's bulletin data): any other year stops at once, exit 2, nothing
 * built. Then builds the site (npm run build; --input sets POP_DATA_DIR for it, --reuse keeps an
 * existing dist/) and prints the bulletin page of the year to an A4 PDF with headless Debian chromium.
 */
import {spawnSync} from "node:child_process";
import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {pipelineOutputsDir} from "../site/pipelineOutputsDir.ts";
import {cliArguments} from "../cliArguments.ts";
import {exitWrongArguments} from "../exitWrongArguments.ts";
import {bulletinPdf} from "./bulletinPdf.ts";
import {bulletinYearsFromFolder} from "./bulletinYearsFromFolder.ts";
import {chromiumPath} from "./chromiumFlags.ts";
import {siteBulletinYears} from "./siteBulletinYears.ts";
import {unreportedYearMessage} from "./unreportedYearMessage.ts";

const usage = `用法 / usage: npm run bulletin -- --year 2025 [options]
  --year Y      公报年份,须为登记报告的年份 (the bulletin's year, one the register reports; required)
  --out FILE    PDF 文件 (default bulletin-<year>.pdf)
  --input DIR   登记数据文件夹,用于构建站点 (extract folder the site is built from; default data/sample)
  --reuse       已有 dist/bulletin.html 时不重新构建站点 (keep an existing build)
  --dist DIR    站点文件夹 (site folder; default dist)
  --help, -h    显示本说明 (show this usage)
  环境变量 POP_MIN_CELL、POP_MAX_REJECTED_SHARE 与 npm run build 相同;数据无法使用(如某文件被拒绝的行过多)时
  停止并说明原因,退出码 1 (the build's settings; an unusable extract stops with its message, exit 1)`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Wrong arguments: the problem and the usage, exit 2 (as npm run pipeline and npm run sample say it). */
const wrong = (problem: string): never => exitWrongArguments(problem, usage);
const options = {year: {type: "string"}, out: {type: "string"}, input: {type: "string"}, reuse: {type: "boolean"}, dist: {type: "string"}, help: {type: "boolean", short: "h"}} as const;
const values = cliArguments(options, usage);
const year = Number(values.year);
if (!values.year || !Number.isInteger(year)) wrong(`--year 应为四位年份 / must be a year: ${values.year ?? "(缺少 / missing)"}`);
const out = resolve(values.out ?? `bulletin-${year}.pdf`);
const distDir = resolve(values.dist ?? process.env.POP_SITE_OUTPUT ?? "dist");
const env = {...process.env, POP_SITE_OUTPUT: distDir, ...(values.input ? {POP_DATA_DIR: values.input} : {})};

if (values.input && !existsSync(values.input)) fail(`找不到数据目录 ${values.input}`);
if (existsSync(out) && statSync(out).isDirectory()) wrong(`--out ${out} 是文件夹:应为 PDF 文件名 / --out must name a PDF file, not a folder`);
// The year before anything is built: the years of the built site's bulletin (--reuse), or of the
// pipeline's outputs for the extract, which the build then reuses (ensurePipelineOutputs keeps them).
const reuse = Boolean(values.reuse && existsSync(resolve(distDir, "bulletin.html")));
let years: number[] | undefined;
try {
  years = reuse ? siteBulletinYears(distDir) : bulletinYearsFromFolder(await pipelineOutputsDir(env));
} catch (error) {
  fail(`读取登记报告的年份失败:${error instanceof Error ? error.message : String(error)}`);
}
const unreported = years && unreportedYearMessage(year, years);
if (unreported) fail(unreported, 2);
if (!reuse) {
  process.stderr.write(`正在构建站点 → ${distDir} …\n`);
  const build = spawnSync("npm", ["run", "build"], {stdio: ["ignore", process.stderr, process.stderr], env});
  if (build.status !== 0) fail(`站点构建失败(npm run build 退出码 ${build.status ?? build.signal})`);
}
if (!existsSync(resolve(distDir, "bulletin.html"))) fail(`${distDir} 中没有 bulletin.html:站点没有公报页面`);

if (!existsSync(chromiumPath)) {
  const ensure = spawnSync("npx", ["tsx", "loaders/site/ensureChromium.ts"], {stdio: ["ignore", process.stderr, process.stderr]});
  if (ensure.status !== 0 || !existsSync(chromiumPath)) fail(`缺少 ${chromiumPath}:请以 root 身份运行 apt-get install -y chromium fonts-noto-cjk`);
}

try {
  const {url, problems} = await bulletinPdf({distDir, year, out});
  for (const problem of problems) process.stderr.write(`警告:${problem}\n`);
  process.stderr.write(`已生成 ${out}(${statSync(out).size} 字节),来自 ${url}\n`);
} catch (error) {
  fail(`生成 PDF 失败:${error instanceof Error ? error.message : String(error)}`);
}
