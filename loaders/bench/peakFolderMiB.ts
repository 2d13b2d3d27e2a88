import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";

/** Total size of the files below `dir` (MiB); files that vanish while it looks are not counted. */
export function folderMiB(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name), {throwIfNoEntry: false})?.size ?? 0;
  }
  return bytes / 2 ** 20;
}

/**
 * Awaits `work` while sampling folderMiB(dir) every `everyMs`, for the most a child process spilled
 * into `dir` (DuckDB's temporary files). Returns work's value and the largest size seen.
 */
export async function withPeakFolderMiB<T>(dir: string, work: () => Promise<T>, everyMs = 200): Promise<{value: T; peakMiB: number}> {
  let peakMiB = folderMiB(dir);
  const sample = setInterval(() => {
    try {
      peakMiB = Math.max(peakMiB, folderMiB(dir));
    } catch {
      // a folder removed while it was listed: the next sample sees the rest
    }
  }, everyMs);
  try {
    const value = await work();
    return {value, peakMiB: Math.max(peakMiB, folderMiB(dir))};
  } finally {
    clearInterval(sample);
  }
}
