import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {projectDir, stackTrace} from "../hostile/runCli.ts";
import {sampleDefaults} from "../../loaders/sample/sampleDefaults.ts";

/** `tsx loaders/sample/cli.ts …args` as `npm run sample -- …args` runs it. */
function sampleCli(...args: string[]) {
  return spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), ["loaders/sample/cli.ts", ...args], {cwd: projectDir, encoding: "utf8", timeout: 30_000});
}

describe("npm run sample", () => {
  test("sample cli --help prints every option with its default and writes nothing", () => {
    const result = sampleCli("--help", "--out", "/nonexistent/never-written");
    expect(result.status).toBe(0);
    for (const option of ["--people", "--villages", "--seed", "--start-year", "--end-year", "--out", "--help"]) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain(`default ${sampleDefaults.people}`);
    expect(result.stderr).not.toContain("已生成样例");
  });

  test("sample cli with a misspelt option exits 2 with the message in Chinese and English, the option meant, and the usage, no stack trace", () => {
    const result = sampleCli("--peopel", "100", "--out", "/nonexistent/never-written");
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe("错误 / error: 未知选项 --peopel,是否想写 --people? / unknown option '--peopel' (did you mean --people?)");
    expect(lines[1]).toBe("用法 / usage: npm run sample -- [options]");
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.stderr).not.toContain("已生成样例");
  });

  test("sample cli with a bad value (a word, a fraction, 0 villages, an end year before the start) exits 2 naming the option and the value, with the usage, and writes nothing", () => {
    const cases: [string[], string][] = [
      [["--people", "many"], "错误 / error: --people 应为整数 / must be a whole number: many"],
      [["--seed", "1.5"], "错误 / error: --seed 应为整数 / must be a whole number: 1.5"],
      [["--villages", "0"], "错误 / error: --villages 应为不小于 1 的整数 / must be a whole number ≥ 1: 0"],
      [["--start-year", "2020", "--end-year", "2019"], "错误 / error: --end-year 应为 2020 到 2100 之间的整数 / must be a whole number from 2020 to 2100: 2019"]
    ];
    for (const [args, message] of cases) {
      const result = sampleCli(...args, "--out", "/nonexistent/never-written");
      expect(result.status, args.join(" ")).toBe(2);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toBe(message);
      expect(lines[1]).toBe("用法 / usage: npm run sample -- [options]");
      expect(result.stderr).not.toMatch(stackTrace);
    }
  });
});
