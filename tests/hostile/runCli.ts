import {spawn} from "node:child_process";
import {join, resolve} from "node:path";

export const projectDir = resolve(import.meta.dirname, "..", "..");

export interface CliResult {
  /** Exit code; null when the process was killed (timeout or `killAt`). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** A stack frame line ("    at f (file.ts:1:2)"): must never reach a user. */
export const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * runCli(args, {timeoutMs, killAt, env, script}) runs `tsx loaders/cli.ts …args` (or another CLI,
 * `script`, e.g. loaders/bulletin/cli.ts) as a user would. It
 * never throws: a run still going after `timeoutMs` is killed (SIGKILL) and marked `timedOut`.
 * `killAt` sends SIGKILL to the whole process group (tsx and the node process it starts) as soon as
 * that text has appeared on stderr: an interrupted run, as kill -9 of the job leaves it.
 */
export function runCli(
  args: string[],
  {timeoutMs = 60_000, killAt, env = process.env, script = "loaders/cli.ts"}: {timeoutMs?: number; killAt?: string; env?: NodeJS.ProcessEnv; script?: string} = {}
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(projectDir, "node_modules", ".bin", "tsx"), [script, ...args], {
      cwd: projectDir,
      env: {...env, POP_DEBUG: ""},
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: tsx runs the script in a child process, and a kill must reach both.
      detached: true
    });
    const kill = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    };
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
      if (killAt !== undefined && stderr.includes(killAt)) kill();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({code, signal, stdout, stderr, timedOut});
    });
  });
}
