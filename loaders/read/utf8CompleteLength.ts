/**
 * Length of the part of a byte chunk that ends on a UTF-8 character boundary: a multi-byte
 * sequence cut at the end of the chunk is left out, so it can be checked with the next chunk.
 * Invalid bytes are not judged here (isUtf8 does that).
 *
 *     utf8CompleteLength(Buffer.from([0x61, 0xe5, 0xbc])) // 1 ("a", then 2 of the 3 bytes of 张)
 */
export function utf8CompleteLength(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i]! & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i < length ? i : bytes.length;
}
