import {createReadStream, createWriteStream} from "node:fs";
import {open, rename, rm} from "node:fs/promises";
import {pipeline} from "node:stream/promises";

/** The UTF-8 byte-order mark, U+FEFF encoded. */
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

async function startsWithBom(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(bom.length);
    const {bytesRead} = await handle.read(head, 0, bom.length, 0);
    return bytesRead === bom.length && head.equals(bom);
  } finally {
    await handle.close();
  }
}

/**
 * withUtf8Bom(path) makes the UTF-8 file at `path` begin with the byte-order mark EF BB BF, so that
 * Excel on Chinese Windows (whose default code page is GBK) opens a double-clicked CSV as UTF-8
 * instead of showing its Chinese cells as mojibake. The file is streamed (moved aside, then copied
 * back behind the mark), never held whole; a file that already begins with the mark is left as it
 * is, so the mark is never doubled. The same file in gives the same bytes out; on an error the file
 * is left as it was.
 * DuckDB's COPY cannot write the mark itself: its PREFIX option excludes HEADER and needs a SUFFIX.
 */
export async function withUtf8Bom(path: string): Promise<void> {
  if (await startsWithBom(path)) return;
  const unmarked = `${path}.without-bom`;
  await rename(path, unmarked);
  try {
    const out = createWriteStream(path, {flags: "wx"});
    out.write(bom);
    await pipeline(createReadStream(unmarked), out);
  } catch (error) {
    // The file as it was, not half a copy.
    await rm(path, {force: true});
    await rename(unmarked, path);
    throw error;
  }
  await rm(unmarked);
}
