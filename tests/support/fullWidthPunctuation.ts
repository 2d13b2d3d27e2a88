/**
 * The full-width brackets, colons, commas, semicolons and question marks in `text`, in order: what a
 * message the office reads must not hold after Chinese text (bulletin-style.md, reasons.ts: half-width
 * ( ) : , ; ? as the rest of the product writes them). The enumeration comma 、, the full stop 。 and
 * the quotation marks “ ” are Chinese punctuation with no half-width counterpart and are not listed.
 *
 *     fullWidthPunctuation("a.csv：文件是空的（空）") // ["：", "（", "）"]
 */
export function fullWidthPunctuation(text: string): string[] {
  return text.match(/[（）：，；？]/g) ?? [];
}
