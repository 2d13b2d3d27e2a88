import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect} from "vitest";
import {ExtractError, type RawRow} from "../../loaders/read/index.ts";

const made: string[] = [];

/** A fresh temporary folder; removed by `removeTempDirs` (call it in afterEach). */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "read-test-"));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  while (made.length > 0) await rm(made.pop()!, {recursive: true, force: true});
}

/** Write a file (text as UTF-8, or raw bytes) into `dir` and return its path. */
export async function writeIn(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encode text as GBK/GB18030 two-byte sequences (ASCII as is). Node cannot encode GBK, so the table
 * is the inverse of the GB18030 decoder over the GBK double-byte range; tests check it against
 * byte values known independently (张三 = D5 C5 C8 FD).
 */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\ufffd" && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK bytes for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** Collect the rows of an async iterable. */
export async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const all: RawRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** The ExtractError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ExtractError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return error as ExtractError;
  }
  throw new Error("expected an ExtractError");
}
