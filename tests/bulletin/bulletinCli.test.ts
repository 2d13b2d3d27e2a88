import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {projectDir, stackTrace} from "../hostile/runCli.ts";

const work = mkdtempSync(join(tmpdir(), "bulletin-cli-"));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** `tsx loaders/bulletin/cli.ts …args` as `npm run bulletin -- …args` runs it, with its own dist folder. */
function bulletinCli(...args: string[]) {
  return spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), ["loaders/bulletin/cli.ts", "--dist", join(work, "dist"), ...args], {
    cwd: projectDir,
    encoding: "utf8",
    timeout: 30_000
  });
}

describe("npm run bulletin (arguments)", () => {
  test("bulletin --help prints every option and builds nothing", () => {
    const result = bulletinCli("--help");
    expect(result.status).toBe(0);
    for (const option of ["--year", "--out", "--input", "--reuse", "--dist", "--help"]) expect(result.stdout).toContain(option);
    expect(readdirSync(work)).toEqual([]);
  });

  test("bulletin with an unknown option stops with exit 2, the message and the usage, and builds nothing", () => {
    const result = bulletinCli("--yaer", "2025");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("参数错误:Unknown option '--yaer'");
    expect(result.stderr).toContain("--year Y");
    expect(result.stderr).not.toMatch(stackTrace);
    expect(readdirSync(work)).toEqual([]);
  });

  test("bulletin --out <a folder> stops before building the site, saying it must name a PDF file", () => {
    const result = bulletinCli("--year", "2025", "--out", work);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--out ${work} 是文件夹`);
    expect(result.stderr).not.toContain("正在构建站点");
    expect(readdirSync(work)).toEqual([]);
  });
});
