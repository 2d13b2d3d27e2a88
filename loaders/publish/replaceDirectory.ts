import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from "node:fs";
import {basename, dirname, join} from "node:path";

/** Linux keeps a killed process as a zombie until its parent reaps it: it is gone all the same. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false; // no /proc (not Linux), or the process has just been reaped
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * Clears what a killed run (kill -9, power cut) left beside `target`: its temporary folder, and its
 * previous outputs, which go back in place if it died between its two renames. Folders of a run
 * still going are left alone.
 */
function clearAfterKilledRuns(parent: string, target: string): void {
  const name = basename(target);
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(`.${name}.`)) continue;
    const match = /^(writing|previous)-(\d+)$/.exec(entry.slice(name.length + 2));
    if (!match || isRunning(Number(match[2]))) continue;
    if (match[1] === "previous" && !existsSync(target)) renameSync(join(parent, entry), target);
    else rmSync(join(parent, entry), {recursive: true, force: true});
  }
}

/**
 * Runs `write` into a fresh temporary folder beside `target`, then swaps it in for `target`.
 * If anything fails or the process is killed before the swap, `target` is left as it was; what a
 * killed run left beside it is cleared by the next run.
 */
export async function replaceDirectory<T>(target: string, write: (dir: string) => Promise<T>): Promise<T> {
  const parent = dirname(target);
  mkdirSync(parent, {recursive: true});
  clearAfterKilledRuns(parent, target);
  const staging = join(parent, `.${basename(target)}.writing-${process.pid}`);
  rmSync(staging, {recursive: true, force: true});
  mkdirSync(staging);
  try {
    const result = await write(staging);
    const previous = join(parent, `.${basename(target)}.previous-${process.pid}`);
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, {recursive: true, force: true});
    return result;
  } catch (error) {
    rmSync(staging, {recursive: true, force: true});
    throw error;
  }
}
