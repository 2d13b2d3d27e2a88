import {open} from "node:fs/promises";
import {isUtf8} from "node:buffer";
import {emptyFile} from "./emptyFile.ts";
import {unreadableEncoding} from "./unreadableEncoding.ts";
import {utf8CompleteLength} from "./utf8CompleteLength.ts";

/** How many bytes at the start of a CSV file decide its encoding and delimiter. */
const sniffBytes = 64 * 1024;

export type CsvEncoding = "utf-8" | "utf-8-bom" | "gb18030";

export interface CsvSniff {
  encoding: CsvEncoding;
  /** The first non-blank lines of the file (at most `maxLines`), decoded; a line cut by the sniff window is left out. */
  lines: string[];
}

/**
 * Decide the encoding of a CSV file from its first 64 KiB: a UTF-8 BOM → "utf-8-bom"; bytes that are
 * valid UTF-8 → "utf-8"; else bytes valid in GB18030 (a superset of GBK) → "gb18030". UTF-16
 * (with a BOM), NUL bytes (binary data, UTF-16 without BOM) and bytes invalid in both → ExtractError
 * "unreadable encoding"; a zero-byte file → ExtractError "empty file".
 */
export async function sniffCsv(path: string, file: string, maxLines: number): Promise<CsvSniff> {
  const handle = await open(path, "r");
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(sniffBytes);
    const {bytesRead} = await handle.read(buffer, 0, sniffBytes, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (bytes.length === 0) {
    throw emptyFile(file);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw unreadableEncoding(file, {zh: "UTF-16", en: "UTF-16"});
  }
  if (bytes.includes(0)) {
    throw unreadableEncoding(file, {zh: "含有 NUL 字节:二进制文件或无 BOM 的 UTF-16", en: "NUL bytes: a binary file or UTF-16 without BOM"});
  }
  const cut = bytes.length === sniffBytes; // the window may end inside a line or a character
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let encoding: CsvEncoding;
  let text: string;
  if (isUtf8(body.subarray(0, utf8CompleteLength(body)))) {
    encoding = hasBom ? "utf-8-bom" : "utf-8";
    text = new TextDecoder("utf-8").decode(body, {stream: true});
  } else if (hasBom) {
    throw unreadableEncoding(file, {zh: "有 UTF-8 BOM,但内容不是 UTF-8", en: "UTF-8 BOM but the bytes are not UTF-8"});
  } else {
    try {
      text = new TextDecoder("gb18030", {fatal: true}).decode(body, {stream: true});
    } catch {
      throw unreadableEncoding(file, {zh: "既不是 UTF-8 也不是 GBK/GB18030", en: "neither UTF-8 nor GBK/GB18030"});
    }
    encoding = "gb18030";
  }
  const all = text.split(/\r\n|\n|\r/);
  if (cut && all.length > 1) all.pop();
  const lines: string[] = [];
  for (const line of all) {
    if (line.trim() === "") continue;
    lines.push(line);
    if (lines.length >= maxLines) break;
  }
  return {encoding, lines};
}
