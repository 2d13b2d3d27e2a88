/** The first bytes of a ZIP archive (an .xlsx workbook) and of an OLE compound file (an old .xls, an encrypted workbook). */
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * workbookSignature(bytes) is what a file's first bytes say it is: "zip" (an .xlsx workbook, or
 * another ZIP archive), "ole" (an old .xls or an encrypted workbook), or undefined (neither).
 *
 *     workbookSignature(Buffer.from("person_id,sex\n")) // undefined
 */
export function workbookSignature(bytes: Uint8Array): "zip" | "ole" | undefined {
  const starts = (magic: Buffer) => bytes.length >= magic.length && magic.equals(bytes.subarray(0, magic.length));
  return starts(zipMagic) ? "zip" : starts(oleMagic) ? "ole" : undefined;
}
