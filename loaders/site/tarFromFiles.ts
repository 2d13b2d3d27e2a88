/**
 * tarFromFiles(files) is a POSIX ustar archive of `files` (name → content), in the order given:
 * the archive a site data loader such as src/data/villages.tar.ts prints, from which Framework
 * extracts each member a page asks for (`data/villages/<name>`). Every header is the same but for
 * name, size and checksum (mode 0644, owner 0, mtime 0), so the same files give the same bytes.
 * A name longer than ustar's 100 bytes throws, naming it (no prefix field, no long-name extension).
 */
export function tarFromFiles(files: Iterable<[string, string | Uint8Array]>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of files) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const nameBytes = Buffer.from(name, "utf8");
    if (nameBytes.length > 100) throw new Error(`tar 成员名超过 100 字节 / tar member name longer than 100 bytes: ${name}`);
    const header = Buffer.alloc(512);
    nameBytes.copy(header, 0);
    header.write("0000644\0", 100, "ascii"); // mode
    header.write("0000000\0", 108, "ascii"); // uid
    header.write("0000000\0", 116, "ascii"); // gid
    header.write(data.length.toString(8).padStart(11, "0") + "\0", 124, "ascii"); // size
    header.write("00000000000\0", 136, "ascii"); // mtime: 0, for identical bytes on every build
    header.write("        ", 148, "ascii"); // checksum field counts as spaces while summing
    header.write("0", 156, "ascii"); // a regular file
    header.write("ustar\0" + "00", 257, "ascii");
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  // Two empty blocks end the archive.
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
