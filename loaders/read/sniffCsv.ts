import {open} from "node:fs/promises";
import {isUtf8} from "node:buffer";
import {emptyFile} from "./emptyFile.ts";
import {ExtractError} from "./ExtractError.ts";
import {unreadableEncoding} from "./unreadableEncoding.ts";
import {utf8CompleteLength} from "./utf8CompleteLength.ts";
import {workbookSignature} from "./workbookSignature.ts";

/** How many bytes at the start of a CSV file decide its encoding and delimiter. */
const sniffBytes = 64 * 1024;

export type CsvEncoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

export interface CsvSniff {
  encoding: CsvEncoding;
  /** The first non-blank lines of the file (at most `maxLines`), decoded; a line cut by the sniff window is left out. */
  lines: string[];
  /**
   * Lines end in a carriage return alone (classic Mac OS): the window has a CR and no LF. Every other
   * file is read with CRLF and LF both ending a line, so that one joined from files saved on
   * different systems is read line by line.
   */
  classicMac: boolean;
}

/**
 * Decide the encoding of a CSV file from its first 64 KiB: a UTF-16 BOM → "utf-16le" or "utf-16be"
 * (Excel's "Unicode 文本 (*.txt)" is UTF-16LE with a BOM, tab-delimited); a UTF-8 BOM → "utf-8-bom";
 * bytes that are valid UTF-8 → "utf-8"; else bytes valid in GB18030 (a superset of GBK) → "gb18030".
 * NUL bytes (binary data, UTF-16 without BOM; the line and byte named), a NUL character in UTF-16
 * and bytes invalid in each → ExtractError "unreadable encoding"; a zero-byte file → ExtractError
 * "empty file"; a workbook (.xlsx, old .xls) under a CSV name → an ExtractError saying what it is.
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
  // A workbook saved under a .csv name: its bytes would be reported as a bad encoding.
  const signature = workbookSignature(bytes);
  if (signature === "zip") {
    throw new ExtractError(
      `${file}:这是 Excel 工作簿(.xlsx),不是 CSV 文本:请把扩展名改为 .xlsx,或在 Excel 中另存为 CSV / ` +
        `${file}: this is an Excel workbook (.xlsx), not CSV text: rename it to .xlsx, or save it as CSV in Excel`,
      {file}
    );
  }
  if (signature === "ole") {
    throw new ExtractError(
      `${file}:这是旧版 Excel 工作簿(.xls)或加密的工作簿,不是 CSV 文本:请在 Excel 中另存为不加密的 .xlsx 或 CSV / ` +
        `${file}: this is an old Excel workbook (.xls) or an encrypted one, not CSV text: save it as an unencrypted .xlsx or CSV in Excel`,
      {file}
    );
  }
  const cut = bytes.length === sniffBytes; // the window may end inside a line or a character
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    let text: string;
    try {
      // The BOM is skipped here, and kept by the decoder if a second one follows (a cell trims it).
      text = new TextDecoder(utf16, {fatal: true, ignoreBOM: true}).decode(bytes.subarray(2), {stream: true});
    } catch {
      throw unreadableEncoding(file, {zh: "有 UTF-16 BOM,但内容不是 UTF-16", en: "UTF-16 BOM but the bytes are not UTF-16"});
    }
    const nul = text.indexOf("\0");
    if (nul !== -1) {
      const line = text.slice(0, nul).split("\n").length;
      // Every UTF-16 code unit is two bytes: the NUL's byte follows from its index.
      throw unreadableEncoding(file, {zh: `文件第 ${line} 行含有 NUL 字符:二进制数据`, en: `a NUL character on line ${line}: binary data`}, 2 + 2 * nul);
    }
    return {encoding: utf16, ...linesOf(text, cut, maxLines)};
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // The line (as a text editor counts them) where it is: one NUL in a cell is found there; UTF-16 has one on line 1.
    let line = 1;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < nul; at = bytes.indexOf(0x0a, at + 1)) line++;
    throw unreadableEncoding(file, {zh: `文件第 ${line} 行含有 NUL 字节:二进制数据,或无 BOM 的 UTF-16`, en: `a NUL byte on line ${line}: binary data, or UTF-16 without BOM`}, nul);
  }
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
  return {encoding, ...linesOf(text, cut, maxLines)};
}

/** The first `maxLines` non-blank lines of the decoded window `text` (the last left out when the window is `cut`), and its line endings. */
function linesOf(text: string, cut: boolean, maxLines: number): Omit<CsvSniff, "encoding"> {
  const all = text.split(/\r\n|\n|\r/);
  if (cut && all.length > 1) all.pop();
  const lines: string[] = [];
  for (const line of all) {
    if (line.trim() === "") continue;
    lines.push(line);
    if (lines.length >= maxLines) break;
  }
  return {lines, classicMac: !text.includes("\n") && text.includes("\r")};
}
