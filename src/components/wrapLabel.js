/**
 * wrapLabel(text, width, {charWidth}) breaks an axis label into lines ("\n", which Plot draws as lines)
 * of as many characters as fit in `width` pixels at `charWidth` pixels a character (a CJK character at
 * Plot's 10px axis font), at least two a line. On a phone the heat map's four project names, each wider
 * than its column, were drawn over one another; a label that fits stays one line.
 */
export function wrapLabel(text, width, {charWidth = 11} = {}) {
  const characters = Array.from(String(text ?? ""));
  const perLine = Math.max(2, Math.floor(width / charWidth));
  const lines = [];
  for (let i = 0; i < characters.length; i += perLine) lines.push(characters.slice(i, i + perLine).join(""));
  return lines.join("\n");
}
