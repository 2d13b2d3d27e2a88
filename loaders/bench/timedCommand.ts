import {spawn} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

export interface TimedCommand {
  seconds: number;
  /** Peak RSS of the command or its largest waited-for descendant (MiB), from /usr/bin/time. */
  peakRssMiB: number;
  code: number | null;
  /** The last 4,000 characters of stderr (stdout is discarded). */
  stderr: string;
}

/**
 * Runs a command under /usr/bin/time, stdout discarded (a data loader's output is not kept), and
 * returns its wall time and peak RSS. Kills it after `timeoutSeconds`.
 */
export function timedCommand(
  command: string,
  args: string[],
  {env = process.env, cwd, timeoutSeconds = 600}: {env?: NodeJS.ProcessEnv; cwd?: string; timeoutSeconds?: number} = {}
): Promise<TimedCommand> {
  const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const rssFile = join(dir, "rss");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", rssFile, command, ...args], {env, cwd, stdio: ["ignore", "ignore", "pipe"]});
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutSeconds * 1000);
    child.on("error", (error) => {
      clearTimeout(timer);
      rmSync(dir, {recursive: true, force: true});
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      let kib = NaN;
      try {
        kib = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
      } catch {
        // killed before /usr/bin/time wrote the file
      }
      rmSync(dir, {recursive: true, force: true});
      resolve({seconds, peakRssMiB: kib / 1024, code, stderr});
    });
  });
}
