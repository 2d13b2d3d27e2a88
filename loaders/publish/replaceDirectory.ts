import {existsSync, mkdirSync, renameSync, rmSync} from "node:fs";
import {basename, dirname, join} from "node:path";

/**
 * Runs `write` into a fresh temporary folder beside `target`, then swaps it in for `target`.
 * If anything fails or the process is killed before the swap, `target` is left as it was.
 */
export async function replaceDirectory<T>(target: string, write: (dir: string) => Promise<T>): Promise<T> {
  const parent = dirname(target);
  mkdirSync(parent, {recursive: true});
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
