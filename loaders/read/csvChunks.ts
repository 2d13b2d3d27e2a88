import {createReadStream} from "node:fs";
import {isAscii, isUtf8} from "node:buffer";
import type {CsvEncoding} from "./sniffCsv.ts";
import {unreadableEncoding} from "./unreadableEncoding.ts";
import {utf8CompleteLength} from "./utf8CompleteLength.ts";

/** Read size of CSV files (bytes). */
const chunkBytes = 64 * 1024;

export interface CsvChunksState {
  /** Every byte passed on so far was ASCII (so decoding as GB18030 instead would give the same text). */
  ascii: boolean;
  /**
   * Set when a "utf-8" file turns out not to be UTF-8 after an ASCII-only start: the chunks stop
   * and the caller should read the file again as GB18030.
   */
  restartAsGb18030: boolean;
}

function unreadable(file: string, offset: number) {
  return unreadableEncoding(file, {zh: "混用了 UTF-8 和 GBK?", en: "UTF-8 mixed with GBK?"}, offset);
}

/** A NUL byte after the first 64 KiB: binary data in a cell, not a mix of encodings. */
function nulByte(file: string, offset: number) {
  return unreadableEncoding(file, {zh: "含有 NUL 字节:二进制数据", en: "a NUL byte: binary data"}, offset);
}

/**
 * Stream the bytes of a CSV file for csv-parse, checking the encoding on the way: UTF-8 chunks are
 * validated and passed on as bytes (a BOM is skipped), GB18030 chunks are decoded to text. Pulling
 * chunks one at a time gives backpressure; the file is never read whole.
 */
export async function* csvChunks(
  path: string,
  file: string,
  encoding: CsvEncoding,
  state: CsvChunksState
): AsyncGenerator<Buffer | string> {
  const start = encoding === "utf-8-bom" ? 3 : 0;
  const stream = createReadStream(path, {highWaterMark: chunkBytes, start});
  let offset = start;
  try {
    if (encoding === "gb18030") {
      const decoder = new TextDecoder("gb18030", {fatal: true});
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        let text: string;
        try {
          text = decoder.decode(chunk, {stream: true});
        } catch {
          throw unreadable(file, offset);
        }
        if (text.includes("\0")) throw nulByte(file, offset + chunk.indexOf(0));
        offset += chunk.length;
        yield text;
      }
      let tail: string;
      try {
        tail = decoder.decode();
      } catch {
        throw unreadable(file, offset);
      }
      if (tail) yield tail;
      return;
    }
    let carry: Buffer | undefined;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      const complete = utf8CompleteLength(bytes);
      if (!isUtf8(bytes.subarray(0, complete))) {
        if (state.ascii && encoding === "utf-8") {
          state.restartAsGb18030 = true;
          return;
        }
        throw unreadable(file, offset);
      }
      if (chunk.includes(0)) throw nulByte(file, offset + chunk.indexOf(0));
      carry = complete < bytes.length ? Buffer.from(bytes.subarray(complete)) : undefined;
      if (state.ascii && !isAscii(chunk)) state.ascii = false;
      offset += chunk.length;
      yield chunk;
    }
    // A file cut inside a multi-byte character.
    if (carry) throw unreadable(file, offset - carry.length);
  } finally {
    stream.destroy();
  }
}
