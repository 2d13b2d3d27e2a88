#!/usr/bin/env -S npx tsx
/**
 * Command line: run the pipeline on a register extract.
 *
 *   npm run pipeline -- --input data/sample --out out
 *
 * Exit codes: 0 success; 1 the input cannot be used (the message says which file, row, column
 * and what was expected; also when a file's rows are rejected beyond --max-rejected-share); 2 wrong arguments, or a --memory-limit too small for the extract; 70 an
 * internal error (a bug: please report it).
 */
import {statSync} from "node:fs";
import {minCellExpected, minCellFromText} from "./publish/minCellFromText.ts";
import {outputFolderProblem} from "./publish/outputFolderProblem.ts";
import {ExtractError} from "./read/ExtractError.ts";
import {runPipeline} from "./runPipeline.ts";
import {cliArguments} from "./cliArguments.ts";
import {exitWrongArguments} from "./exitWrongArguments.ts";
import {rejectedShareExpected, rejectedShareFromText} from "./validate/rejectedShareFromText.ts";
import {databaseFileProblem} from "./store/databaseFile.ts";
import {MemoryLimitError, memoryLimitExpected, memoryLimitFromText} from "./store/memoryLimit.ts";

const usage = `用法 / usage: npm run pipeline -- [--input <extract folder>] [--out <output folder>]
  --input DIR        登记数据文件夹 (default data/sample)
  --out DIR          输出文件夹,成功后整体替换;须为新的、空的或以前的输出文件夹 (default out; a new, empty or earlier output folder)
  --db FILE          保留 DuckDB 数据库文件,成功后替换 (keep the DuckDB database in FILE, replaced when the run succeeds; default in memory)
  --memory-limit X   DuckDB memory_limit, e.g. 2GB (default 2GB)
  --temp-dir DIR     超出内存上限时 DuckDB 的临时文件夹,须已存在 (where DuckDB spills beyond the limit; default the system's)
  --min-cell N       发布数据中小于 N 的人数及由其算出的率留空 (small-cell suppression; default off)
  --max-rejected-share S
                     某一文件(村居、人员、居住、服务、经费、目标)被拒绝的行超过该比例,或全部被拒绝时,
                     停止运行,不写出结果,退出码 1;S 为 0 到 1 之间的数(默认 0.5),0 = 有拒绝即停止
                     (stop, exit 1, when more than this share of any provided file's rows is rejected,
                     or all of them; residence rows of a rejected person count; default 0.5)
  --quiet            不显示进度 (no progress lines)
  --help, -h         显示本说明 (show this usage)`;

function fail(message: string, code: number): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(code);
}

const options = {
  input: {type: "string", default: "data/sample"},
  out: {type: "string", default: "out"},
  db: {type: "string"},
  "memory-limit": {type: "string"},
  "temp-dir": {type: "string"},
  "min-cell": {type: "string", default: "0"},
  "max-rejected-share": {type: "string", default: "0.5"},
  quiet: {type: "boolean", default: false},
  help: {type: "boolean", short: "h", default: false}
} as const;
/** Wrong arguments: the problem and the usage, exit 2 (as npm run bulletin and npm run sample say it). */
const wrong = (problem: string): never => exitWrongArguments(problem, usage);
const args = cliArguments(options, usage);
const memoryLimit = args["memory-limit"] === undefined ? undefined : memoryLimitFromText(args["memory-limit"]);
if (args["memory-limit"] !== undefined && memoryLimit === undefined) wrong(`--memory-limit ${memoryLimitExpected}: ${args["memory-limit"]}`);
const minCell = minCellFromText(args["min-cell"]);
if (minCell === undefined) wrong(`--min-cell ${minCellExpected}: ${args["min-cell"]}`);
const maxRejectedShare = rejectedShareFromText(args["max-rejected-share"]);
if (maxRejectedShare === undefined) wrong(`--max-rejected-share ${rejectedShareExpected}: ${args["max-rejected-share"]}`);
// The output folder is replaced as a whole: never the input, nor a folder of other files.
const outProblem = outputFolderProblem(args.out, args.input);
if (outProblem) wrong(`--out: ${outProblem}`);
if (args.db !== undefined) {
  const dbProblem = databaseFileProblem(args.db);
  if (dbProblem) wrong(`--db: ${dbProblem}`);
}
// A spill folder that is not there is a wrong argument, said before anything runs.
const tempDir = args["temp-dir"];
if (tempDir !== undefined && !statSync(tempDir, {throwIfNoEntry: false})?.isDirectory()) wrong(`--temp-dir: 不是已存在的文件夹 / not an existing folder: ${tempDir}`);

function internalError(error: unknown): never {
  const detail = process.env.POP_DEBUG ? String((error as Error).stack ?? error) : `${(error as Error).message ?? error}\n(设置 POP_DEBUG=1 可显示调用栈 / set POP_DEBUG=1 for the stack)`;
  fail(`内部错误 / internal error (a bug, please report it): ${detail}`, 70);
}
// A library's stray stream error (an 'error' event nobody listens to) would otherwise end the
// process with a stack trace; it gets the same one-message treatment as any other bug.
process.on("uncaughtException", internalError);
process.on("unhandledRejection", internalError);

const started = Date.now();
try {
  const {quality} = await runPipeline({
    input: args.input,
    out: args.out,
    database: args.db,
    memoryLimit,
    tempDirectory: tempDir,
    minCell,
    maxRejectedShare,
    onProgress: args.quiet ? undefined : (message) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${message}\n`)
  });
  for (const f of quality.files)
    process.stderr.write(`  ${f.file}:读入 ${f.read} 行,采用 ${f.accepted},拒绝 ${f.rejected},警告 ${f.warnings}\n`);
  for (const note of quality.notes) process.stderr.write(`注:${note}\n`);
  const rejected = quality.files.reduce((n, f) => n + f.rejected, 0);
  if (rejected > 0) process.stderr.write(`有 ${rejected} 行被拒绝,未计入指标;明细见 ${args.out}/rejects.csv,汇总见 quality.json\n`);
  process.stderr.write(`结果已写入 ${args.out}\n`);
} catch (error) {
  if (error instanceof ExtractError) fail(`错误 / error: ${error.message}`, 1);
  // Not the input's fault, and not a bug: the limit given (or the default) is too small for this extract.
  if (error instanceof MemoryLimitError) fail(`错误 / error: ${error.message}`, 2);
  internalError(error);
}
