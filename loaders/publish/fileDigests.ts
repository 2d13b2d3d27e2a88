import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {sha256OfFile} from "./sha256OfFile.ts";

/** What a file looked like when its digest was taken: any write changes ctime, so a match means unchanged. */
interface Seen {
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  ino: string;
  sha256: string;
}

export interface FileDigests {
  /** SHA-256 (hex) of each path, in the order given. */
  digests: string[];
  /** Files actually read (the others were unchanged since the memo saw them). */
  read: number;
}

type Stamp = Omit<Seen, "sha256">;

function stamp(path: string): Stamp {
  const s = statSync(path, {bigint: true});
  return {size: String(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), ino: String(s.ino)};
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.ino === b.ino;
}

function readMemo(memoFile: string): Record<string, Seen> {
  try {
    return JSON.parse(readFileSync(memoFile, "utf8")) as Record<string, Seen>;
  } catch {
    return {}; // none yet, or unreadable: every file is read again
  }
}

/**
 * SHA-256 of files, remembering in `memoFile` each file's size, times and inode with its digest,
 * so that a file unchanged since (the same stat, ctime included) is not read again. Each of the
 * site's data loaders keys the pipeline's outputs by the extract's content; without the memo every
 * loader read the whole extract (800 MB for a county). Files are streamed, never held whole.
 * The memo is replaced atomically (forgetting files that no longer exist); concurrent callers at
 * worst read a file again.
 */
export async function fileDigests(paths: readonly string[], memoFile: string): Promise<FileDigests> {
  const memo = readMemo(memoFile);
  let read = 0;
  const digests: string[] = [];
  for (const path of paths) {
    const now = stamp(path);
    const seen = memo[path];
    if (seen && sameStamp(seen, now)) {
      digests.push(seen.sha256);
      continue;
    }
    read++;
    const sha256 = await sha256OfFile(path);
    // Only a stamp taken before the read and still true after it is kept (a file written meanwhile is not).
    if (sameStamp(stamp(path), now)) memo[path] = {...now, sha256};
    digests.push(sha256);
  }
  if (read > 0) {
    // Files that are gone (test extracts, moved folders) are forgotten, so the memo does not grow forever.
    for (const path of Object.keys(memo)) if (!existsSync(path)) delete memo[path];
    mkdirSync(dirname(memoFile), {recursive: true});
    const temporary = `${memoFile}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(memo));
    renameSync(temporary, memoFile);
  }
  return {digests, read};
}
