const decoder = new TextDecoder("gb18030");
let twoByte: Map<string, number[]> | undefined;

function twoByteTable(): Map<string, number[]> {
  if (twoByte) return twoByte;
  twoByte = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !twoByte.has(char)) twoByte.set(char, [lead, trail]);
    }
  }
  return twoByte;
}

/** GB18030 four-byte sequence of a code point above U+FFFF (GB 18030-2005, §6.3.3: linear from 0x90308130). */
function fourByteSupplementary(codePoint: number): number[] {
  let linear = codePoint - 0x10000;
  const b4 = 0x30 + (linear % 10);
  linear = Math.floor(linear / 10);
  const b3 = 0x81 + (linear % 126);
  linear = Math.floor(linear / 126);
  const b2 = 0x30 + (linear % 10);
  const b1 = 0x90 + Math.floor(linear / 10);
  return [b1, b2, b3, b4];
}

/**
 * gb18030Bytes(text) encodes text as GB18030 (Node has a decoder only): ASCII as is, GBK's two-byte
 * codes where the character has one (so text of GBK characters is also valid GBK), else the four-byte
 * code. Every character's bytes are checked by decoding them back.
 */
export function gb18030Bytes(text: string): Uint8Array {
  const table = twoByteTable();
  const bytes: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    let code: number[] | undefined;
    if (codePoint < 0x80) code = [codePoint];
    else if (table.has(char)) code = table.get(char);
    else if (codePoint > 0xffff) code = fourByteSupplementary(codePoint);
    if (!code || decoder.decode(new Uint8Array(code)) !== char) throw new Error(`gb18030Bytes: no code for U+${codePoint.toString(16)}`);
    bytes.push(...code);
  }
  return new Uint8Array(bytes);
}
