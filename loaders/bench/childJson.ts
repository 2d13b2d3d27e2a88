import {spawn} from "node:child_process";

export interface ChildResult<T> {
  /** What the child printed on stdout, parsed as JSON. */
  value: T;
  /** Wall time of the child, seconds. */
  seconds: number;
}

/**
 * Runs `node --import tsx <script> ...args` in a child process (so that its peak RSS is its own) and
 * parses its stdout as JSON. stderr is passed through to `onStderr`. Rejects on a non-zero exit.
 */
export function childJson<T>(script: string, args: string[], {env, onStderr = () => {}}: {env?: NodeJS.ProcessEnv; onStderr?: (text: string) => void} = {}): Promise<ChildResult<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {env: env ?? process.env, stdio: ["ignore", "pipe", "pipe"]});
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", onStderr);
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${script} ${args.join(" ")} exited with ${code}`));
      try {
        resolve({value: JSON.parse(stdout) as T, seconds});
      } catch (error) {
        reject(new Error(`${script}: stdout is not JSON: ${(error as Error).message}`));
      }
    });
  });
}
