import {open} from "node:fs/promises";

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** End of central directory record: signature and fixed size (bytes). */
const eocdSignature = 0x06054b50;
const eocdSize = 22;
/** The EOCD may be followed by a comment of up to 65,535 bytes. */
const eocdSearch = eocdSize + 0xffff;
const centralSignature = 0x02014b50;
/** A central directory larger than this is refused (bytes). */
const maxCentralDirectory = 16 * 1024 * 1024;

/**
 * The entries of a ZIP archive (an .xlsx file), in central-directory order, read from the
 * central directory at the end of the file without decompressing anything. Returns undefined when
 * the file is not a ZIP archive, or is one this check cannot vouch for (ZIP64, a directory
 * larger than 16 MiB, inconsistent offsets).
 */
export async function zipEntriesFromFile(path: string): Promise<ZipEntry[] | undefined> {
  const handle = await open(path, "r");
  try {
    const {size} = await handle.stat();
    if (size < eocdSize) return undefined;
    const tailLength = Math.min(size, eocdSearch);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - eocdSize; i >= 0; i--) {
      if (tail.readUInt32LE(i) === eocdSignature) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return undefined;
    if (directorySize > maxCentralDirectory || directoryOffset + directorySize > size) return undefined;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== centralSignature) return undefined;
      const compressedSize = directory.readUInt32LE(at + 20);
      const uncompressedSize = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return undefined;
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      entries.push({name, compressedSize, uncompressedSize});
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}
