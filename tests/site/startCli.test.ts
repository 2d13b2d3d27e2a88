// npm start reads its arguments before it builds: --help, -h and a wrong option answer at once, and
// nothing is built (the build's folder, POP_SITE_OUTPUT, is not even created). --dist DIR is where it
// builds and what it serves.
import {spawn} from "node:child_process";
import {existsSync, mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {pipelineOutputsDir} from "../../loaders/site/pipelineOutputsDir.ts";
import {projectDir, stackTrace} from "../hostile/runCli.ts";

const root = mkdtempSync(join(tmpdir(), "start-cli-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/**
 * npmStart(args, env) runs `npm start -- …args` in the project as a user does, and its result; a run
 * still going after 60 s (a build started) is killed with its process group and marked timedOut.
 */
function npmStart(args: string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; stdout: string; stderr: string; timedOut: boolean}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("npm", ["start", "--", ...args], {cwd: projectDir, env: {...env, POP_DEBUG: ""}, stdio: ["ignore", "pipe", "pipe"], detached: true});
    let [stdout, stderr, timedOut] = ["", "", false];
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 60_000);
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({code, stdout, stderr, timedOut});
    });
  });
}

/**
 * npmStartServing(args, env) runs `npm start -- …args` until it says it serves, fetches the page it
 * serves at /, then stops it (its process group); the page's status and text, and what it printed.
 */
function npmStartServing(args: string[], env: NodeJS.ProcessEnv): Promise<{status: number; page: string; stderr: string}> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("npm", ["start", "--", ...args], {cwd: projectDir, env: {...env, POP_DEBUG: ""}, stdio: ["ignore", "ignore", "pipe"], detached: true});
    let [stderr, served] = ["", false];
    const stop = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => (stop(), reject(new Error(`npm start did not serve within 5 minutes:\n${stderr}`))), 300_000);
    child.stderr.setEncoding("utf8").on("data", async (text: string) => {
      stderr += text;
      const url = /在 (http:\/\/\S+?)\/? 提供服务/.exec(stderr)?.[1];
      if (!url || served) return;
      served = true;
      clearTimeout(timer);
      try {
        const response = await fetch(`${url}/`);
        resolvePromise({status: response.status, page: await response.text(), stderr});
      } catch (error) {
        reject(error);
      } finally {
        stop();
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!served) clearTimeout(timer), reject(new Error(`npm start ended (exit ${code}) without serving:\n${stderr}`));
    });
  });
}

describe("npm start", () => {
  test.each([["--help"], ["-h"]])("npm start -- %s prints the usage on stdout and exits 0 without building (POP_SITE_OUTPUT not created)", async (option) => {
    const site = join(root, `never-built${option}`);
    const result = await npmStart([option], {...process.env, POP_SITE_OUTPUT: site, PORT: "0"});
    expect(result.timedOut, result.stderr).toBe(false);
    expect(existsSync(site), "the build ran").toBe(false);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("用法 / usage: npm start [-- --dist DIR]\n");
    expect(result.stdout).toContain("--dist DIR");
    expect(result.stdout).not.toMatch(stackTrace);
  });

  test("npm start -- --dits (misspelt) exits 2 with the shared message and the usage, without building", async () => {
    const site = join(root, "never-built-wrong");
    const result = await npmStart(["--dits", "x"], {...process.env, POP_SITE_OUTPUT: site, PORT: "0"});
    expect(result.timedOut, result.stderr).toBe(false);
    expect(existsSync(site), "the build ran").toBe(false);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain("错误 / error: 未知选项 --dits,是否想写 --dist? / unknown option '--dits' (did you mean --dist?)");
    expect(result.stderr).toContain("\n用法 / usage: npm start");
    expect(result.stderr).not.toMatch(stackTrace);
  });

  test("npm start on an extract that does not exist stops at the build, with its exit code 1, and serves nothing", async () => {
    const {POP_PIPELINE_OUTPUTS: _ready, ...env} = process.env;
    const site = join(root, "never-built-missing");
    const result = await npmStart([], {...env, POP_DATA_DIR: join(root, "no-such-extract"), POP_SITE_OUTPUT: site, PORT: "0"});
    expect(result.timedOut, result.stderr).toBe(false);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toContain("提供服务");
    expect(existsSync(join(site, "index.html"))).toBe(false);
  });

  test("npm start -- --dist DIR builds the site into DIR and serves it from there, not from POP_SITE_OUTPUT", {timeout: 360_000}, async () => {
    const site = join(root, "built here");
    const elsewhere = join(root, "not-here");
    const outputs = await pipelineOutputsDir({...process.env, POP_DATA_DIR: "data/sample"});
    const env = {...process.env, POP_DATA_DIR: "data/sample", POP_PIPELINE_OUTPUTS: outputs, POP_SITE_OUTPUT: elsewhere, PORT: "0", OBSERVABLE_TELEMETRY_DISABLE: "true", NO_COLOR: "1"};
    const result = await npmStartServing(["--dist", site], env);
    expect(result.status, result.stderr).toBe(200);
    expect(result.page).toContain("<title>总览 | 人口发展公报</title>");
    expect(existsSync(join(site, "index.html")), "DIR holds the build").toBe(true);
    expect(existsSync(elsewhere), "the build wrote POP_SITE_OUTPUT instead").toBe(false);
    expect(result.stderr).not.toMatch(stackTrace);
  });
});
