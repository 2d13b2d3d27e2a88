import {createReadStream} from "node:fs";
import {open} from "node:fs/promises";
import {isUtf8} from "node:buffer";
import {utf8CompleteLength} from "./utf8CompleteLength.ts";

export interface PlainCsvLayout {
  /** The line ending of the whole file: only LF, only CRLF, or both ("mixed": every CR ends a CRLF). */
  newline: "\n" | "\r\n" | "mixed";
  /** The file's encoding as DuckDB's read_csv names it: UTF-8 (a BOM allowed), or UTF-16LE with a BOM (BMP only). */
  encoding: "utf-8" | "utf-16";
}

/** Counts of line endings, carried across chunks. */
interface Endings {
  lf: number;
  cr: number;
  crlf: number;
  previousEndsInCr: boolean;
}

/**
 * A character outside the BMP, written in UTF-16 as a surrogate pair (rare characters of names, 𠀀):
 * DuckDB 1.5.6's read_csv refuses a UTF-16 file that has one ("File is not utf-16 encoded").
 */
const surrogate = /[\uD800-\uDFFF]/;
const lf = 0x0a;
const cr = 0x0d;

/** Adds the line endings of one chunk (bytes, or decoded text) to `endings`. */
function countEndings(chunk: Buffer | string, endings: Endings): void {
  // A Buffer is searched for a byte: searching it for a string converts the string at every call.
  const find = typeof chunk === "string" ? (code: number, from: number) => chunk.indexOf(code === lf ? "\n" : "\r", from) : (code: number, from: number) => chunk.indexOf(code, from);
  const code = typeof chunk === "string" ? (i: number) => chunk.charCodeAt(i) : (i: number) => chunk[i];
  if (endings.previousEndsInCr && code(0) === lf) endings.crlf++;
  for (let at = find(lf, 0); at !== -1; at = find(lf, at + 1)) {
    endings.lf++;
    if (at > 0 && code(at - 1) === cr) endings.crlf++;
  }
  for (let at = find(cr, 0); at !== -1; at = find(cr, at + 1)) endings.cr++;
  endings.previousEndsInCr = chunk.length > 0 && code(chunk.length - 1) === cr;
}

/**
 * Whether a CSV file is "plain": valid UTF-8 throughout (a BOM allowed) or UTF-16LE with a BOM, no
 * NUL, no double quote at all, and lines ending in "\n" or "\r\n" (either throughout, or both mixed;
 * a CR that does not end a CRLF makes a file not plain). In such a file every physical line is one
 * record and its cells are the line split at the delimiter, so any CSV reader reads it the same way
 * as csv-parse does. Returns undefined for any other file, among them UTF-16BE and UTF-16 with a
 * character outside the BMP (DuckDB 1.5.6 reads only UTF-16LE, and only the BMP). Streams the file;
 * never holds it whole.
 */
export async function plainCsvLayout(path: string): Promise<PlainCsvLayout | undefined> {
  const handle = await open(path, "r");
  const bom = Buffer.alloc(2);
  try {
    await handle.read(bom, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const endings: Endings = {lf: 0, cr: 0, crlf: 0, previousEndsInCr: false};
  let encoding: PlainCsvLayout["encoding"];
  if (bom[0] === 0xff && bom[1] === 0xfe) {
    encoding = "utf-16";
    const decoder = new TextDecoder("utf-16le", {fatal: true, ignoreBOM: true});
    try {
      for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20, start: 2}) as AsyncIterable<Buffer>) {
        const text = decoder.decode(chunk, {stream: true});
        if (text.includes('"') || text.includes("\0") || surrogate.test(text)) return undefined;
        countEndings(text, endings);
      }
      decoder.decode();
    } catch {
      return undefined; // not UTF-16: the reader says so
    }
  } else {
    encoding = "utf-8";
    let carry: Buffer | undefined;
    for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
      if (chunk.includes(0x22) || chunk.includes(0)) return undefined;
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      const complete = utf8CompleteLength(bytes);
      if (!isUtf8(bytes.subarray(0, complete))) return undefined;
      // A cut-off multi-byte character can only be completed by the next chunk.
      carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : undefined;
      countEndings(chunk, endings);
    }
    if (carry) return undefined;
  }
  if (endings.cr === 0) return {newline: "\n", encoding};
  if (endings.cr === endings.lf && endings.crlf === endings.lf) return {newline: "\r\n", encoding};
  if (endings.cr === endings.crlf) return {newline: "mixed", encoding};
  return undefined;
}
