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

/** Bytes that are not UTF-16 in a file with a UTF-16 BOM (an unpaired surrogate, an odd byte at the end). */
function unreadableUtf16(file: string, offset: number) {
  return unreadableEncoding(file, {zh: "有 UTF-16 BOM,但内容不是 UTF-16", en: "UTF-16 BOM but the bytes are not UTF-16"}, offset);
}

/** A NUL byte after the first 64 KiB: binary data in a cell, not a mix of encodings. */
function nulByte(file: string, offset: number) {
  return unreadableEncoding(file, {zh: "含有 NUL 字节:二进制数据", en: "a NUL byte: binary data"}, offset);
}

/**
 * Stream the bytes of a CSV file for csv-parse, checking the encoding on the way: UTF-8 chunks are
 * validated and passed on as bytes (a BOM is skipped), GB18030 and UTF-16 chunks are decoded to
 * text (a UTF-16 BOM is skipped). Pulling chunks one at a time gives backpressure; the file is
 * never read whole.
 */
export async function* csvChunks(
  path: string,
  file: string,
  encoding: CsvEncoding,
  state: CsvChunksState
): AsyncGenerator<Buffer | string> {
  const start = encoding === "utf-8-bom" ? 3 : encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 0;
  const stream = createReadStream(path, {highWaterMark: chunkBytes, start});
  let offset = start;
  try {
    if (encoding === "gb18030" || encoding === "utf-16le" || encoding === "utf-16be") {
      const utf16 = encoding !== "gb18030";
      const decoder = new TextDecoder(encoding, {fatal: true, ignoreBOM: true});
      // UTF-16: code units decoded so far (two bytes each), to place a NUL character by its byte.
      let units = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        let text: string;
        try {
          text = decoder.decode(chunk, {stream: true});
        } catch {
          throw utf16 ? unreadableUtf16(file, offset) : unreadable(file, offset);
        }
        const nul = text.indexOf("\0");
        if (nul !== -1) throw nulByte(file, utf16 ? start + 2 * (units + nul) : offset + chunk.indexOf(0));
        offset += chunk.length;
        units += text.length;
        yield text;
      }
      let tail: string;
      try {
        tail = decoder.decode();
      } catch {
        // A file cut inside a character.
        throw utf16 ? unreadableUtf16(file, offset) : unreadable(file, offset);
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
