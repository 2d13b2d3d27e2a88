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

  test("sample cli with an unknown option stops with exit 1, one message and the usage, no stack trace", () => {
    const result = sampleCli("--peopel", "100");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("生成样例失败：Unknown option '--peopel'");
    expect(result.stderr).toContain("用法 / usage: npm run sample");
    expect(result.stderr).not.toMatch(stackTrace);
  });
});
