import {createReadStream} from "node:fs";
import {isUtf8} from "node:buffer";
import {utf8CompleteLength} from "./utf8CompleteLength.ts";

export interface PlainCsvLayout {
  /** The line ending of the whole file: only LF, only CRLF, or both ("mixed": every CR ends a CRLF). */
  newline: "\n" | "\r\n" | "mixed";
}

/**
 * Whether a CSV file is "plain": valid UTF-8 throughout (a BOM allowed), no NUL byte, no double
 * quote at all, and lines ending in "\n" or "\r\n" (either throughout, or both mixed; a CR that does
 * not end a CRLF makes a file not plain). In such a file every
 * physical line is one record and its cells are the line split at the delimiter, so any CSV
 * reader reads it the same way as csv-parse does. Returns undefined for any other file. Streams
 * the file; never holds it whole.
 */
export async function plainCsvLayout(path: string): Promise<PlainCsvLayout | undefined> {
  let carry: Buffer | undefined;
  let lf = 0;
  let cr = 0;
  let crlf = 0;
  let previousEndsInCr = false;
  for await (const chunk of createReadStream(path, {highWaterMark: 1 << 20}) as AsyncIterable<Buffer>) {
    if (chunk.includes(0x22) || chunk.includes(0)) return undefined;
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
    const complete = utf8CompleteLength(bytes);
    if (!isUtf8(bytes.subarray(0, complete))) return undefined;
    carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : undefined;
    if (previousEndsInCr && chunk[0] === 0x0a) crlf++;
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) {
      lf++;
      if (at > 0 && chunk[at - 1] === 0x0d) crlf++;
    }
    for (let at = chunk.indexOf(0x0d); at !== -1; at = chunk.indexOf(0x0d, at + 1)) cr++;
    previousEndsInCr = chunk[chunk.length - 1] === 0x0d;
    // A cut-off multi-byte character can only be completed by the next chunk.
  }
  if (carry) return undefined;
  if (cr === 0) return {newline: "\n"};
  if (cr === lf && crlf === lf) return {newline: "\r\n"};
  if (cr === crlf) return {newline: "mixed"};
  return undefined;
}
