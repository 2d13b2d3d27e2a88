/**
 * Clean one cell's text: trim surrounding whitespace (JavaScript's trim, which includes the
 * ideographic space U+3000, no-break space and a stray BOM) and, only when the cell has a non-ASCII
 * character, NFKC-normalise it (full-width digits and letters → ASCII) and trim again.
 *
 *     textFromCell("  １９９０－０１－０２　") // "1990-01-02"
 */
export function textFromCell(raw: string): string {
  if (raw.length === 0) return raw;
  const text = raw.trim();
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return text.normalize("NFKC").trim();
  }
  return text;
}
