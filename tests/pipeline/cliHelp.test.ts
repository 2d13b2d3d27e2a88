import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {projectDir, runCli, stackTrace} from "../hostile/runCli.ts";
import {cliOptionsFromSource} from "../support/cliOptionsFromSource.ts";

/** Every command line of the project (npm scripts and the benchmark's child processes), with one of its options. */
const clis = [
  {script: "loaders/cli.ts", option: "--input"},
  {script: "loaders/sample/cli.ts", option: "--people"},
  {script: "loaders/bulletin/cli.ts", option: "--year"},
  {script: "loaders/projections/readmeAccuracyCli.ts", option: "--help"},
  {script: "loaders/projections/bench.ts", option: "--villages"},
  {script: "loaders/bench/cli.ts", option: "--sizes"},
  {script: "loaders/bench/siteBenchmarkCli.ts", option: "--people"},
  {script: "loaders/bench/lowerBoundCli.ts", option: "--input"},
  {script: "loaders/bench/stageTimesCli.ts", option: "--input"},
  {script: "loaders/site/prepareBuildCli.ts", option: "--help"},
  {script: "loaders/site/serveCli.ts", option: "--dist"},
  {script: "loaders/site/startCli.ts", option: "--dist"}
];

/** The files a CLI run by mistake would rewrite (readme:backtest, bench). */
const watched = ["README.md", "BENCHMARKS.md"].map((file) => join(projectDir, file));
const contents = () => watched.map((file) => readFileSync(file, "utf8"));

describe("every CLI", () => {
  test.each(clis)("$script --help prints its usage on stdout, exits 0 and does nothing else", async ({script, option}) => {
    const before = contents();
    const result = await runCli(["--help"], {script, timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(0);
    // Usage on request is output: on stdout, nothing on stderr.
    expect(result.stdout).toMatch(/^用法 \/ usage: /);
    expect(result.stdout).toContain(option);
    expect(result.stdout).not.toMatch(stackTrace);
    expect(result.stderr).toBe("");
    expect(contents()).toEqual(before);
  });

  test.each(clis)("$script -h answers as --help does, and the usage names every option the command declares", async ({script}) => {
    const [long, short] = await Promise.all([runCli(["--help"], {script, timeoutMs: 30_000}), runCli(["-h"], {script, timeoutMs: 30_000})]);
    expect(short.code, short.stderr).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    const declared = cliOptionsFromSource(join(projectDir, script));
    expect(declared).toContain("help");
    expect(declared.filter((option) => !new RegExp(`--${option}(?![\\w-])`).test(long.stdout))).toEqual([]);
  });

  test.each(clis)("$script with a misspelt option exits 2 with the shared message and the usage, no stack trace", async ({script, option}) => {
    const before = contents();
    const misspelt = `${option.slice(0, -2)}${option.at(-1)}${option.at(-2)}`;
    const result = await runCli([misspelt], {script, timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`错误 / error: 未知选项 ${misspelt},是否想写 ${option}? / unknown option '${misspelt}' (did you mean ${option}?)`);
    expect(result.stderr).toContain("\n用法 / usage: ");
    expect(result.stderr).not.toMatch(stackTrace);
    expect(contents()).toEqual(before);
  });

  /** The benchmarks' numbers, each given a value that is not one (a count not a whole number > 0, a size without its unit). */
  const badNumbers = [
    {script: "loaders/bench/cli.ts", args: ["--sizes", "x"], problem: "--sizes 应为逗号分隔的正整数 / must be whole numbers > 0, comma-separated: x"},
    {script: "loaders/bench/cli.ts", args: ["--sizes", "1000,0"], problem: "--sizes 应为逗号分隔的正整数 / must be whole numbers > 0, comma-separated: 1000,0"},
    {script: "loaders/bench/cli.ts", args: ["--villages", "abc"], problem: "--villages 应为正整数 / must be a whole number > 0: abc"},
    {script: "loaders/bench/siteBenchmarkCli.ts", args: ["--people", "x"], problem: "--people 应为正整数 / must be a whole number > 0: x"},
    {script: "loaders/bench/siteBenchmarkCli.ts", args: ["--villages", "abc"], problem: "--villages 应为正整数 / must be a whole number > 0: abc"},
    {script: "loaders/bench/siteBenchmarkCli.ts", args: ["--runs", "1.5"], problem: "--runs 应为正整数 / must be a whole number > 0: 1.5"},
    {script: "loaders/projections/bench.ts", args: ["--villages", "abc"], problem: "--villages 应为正整数 / must be a whole number > 0: abc"},
    {script: "loaders/bench/stageTimesCli.ts", args: ["--input", "data/sample", "--out", "never-written", "--memory-limit", "lots"], problem: "--memory-limit 应为正数加单位,如 2GB、512MB / must be a size with a unit, e.g. 2GB or 512MB: lots"}
  ];

  test.each(badNumbers)("$script $args exits 2 with the shared message and the usage, nothing run", async ({script, args, problem}) => {
    const before = contents();
    const result = await runCli(args, {script, timeoutMs: 30_000});
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^错误 \/ error: /);
    expect(result.stderr).toContain(`错误 / error: ${problem}\n用法 / usage: `);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(stackTrace);
    expect(contents()).toEqual(before);
  });
});
