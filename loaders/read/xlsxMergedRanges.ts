import unzipper from "unzipper";

/** A merged range of a worksheet, 1-based and inclusive: its top-left cell carries the value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "AB12" → {row: 12, column: 28}. */
function cellAddress(ref: string): {row: number; column: number} | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + (letter.charCodeAt(0) - 64);
  return {row: Number(match[2]), column};
}

/** The ranges of a `<mergeCells>` element's text ("A1:F1", …); refs that are not A1:B2 are skipped. */
export function mergedRangesFromXml(xml: string): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]+)"/g)) {
    const [from, to = from] = match[1]!.split(":");
    const a = cellAddress(from!);
    const b = cellAddress(to!);
    if (!a || !b) continue;
    ranges.push({top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column)});
  }
  return ranges;
}

/** More text than this inside <mergeCells> is not a worksheet anyone typed (16 MiB). */
const maxMergeText = 16 * 1024 * 1024;

/**
 * The merged ranges of one worksheet of an .xlsx file (`entry`: its path in the archive, e.g.
 * "xl/worksheets/sheet2.xml"). exceljs's streaming reader skips `<mergeCells>`, which comes after
 * the rows, so the entry is inflated once more and only that element is kept (the rows are
 * streamed past, never held). An entry that is not there gives no ranges.
 */
export async function xlsxMergedRanges(path: string, entry: string): Promise<MergedRange[]> {
  const directory = await unzipper.Open.file(path);
  const file = directory.files.find((f) => f.path === entry);
  if (!file) return [];
  let carry = "";
  let inside = false;
  let text = "";
  for await (const chunk of file.stream() as AsyncIterable<Buffer>) {
    // Tags and cell references are ASCII: latin1 keeps every byte as one character.
    const piece = carry + chunk.toString("latin1");
    if (!inside) {
      const start = piece.search(/<(?:\w+:)?mergeCells\b/);
      if (start === -1) {
        carry = piece.slice(-64); // a tag cut between two chunks
        continue;
      }
      inside = true;
      text = piece.slice(start);
    } else {
      text += chunk.toString("latin1");
    }
    carry = "";
    if (/<\/(?:\w+:)?mergeCells>/.test(text) || text.length > maxMergeText) break;
  }
  return mergedRangesFromXml(text.slice(0, maxMergeText));
}

/**
 * For each row in turn, which cells a merged range covers other than its top-left one: there the
 * sheet shows the merged value but the file holds nothing. Rows must be asked in increasing order
 * (as a sheet is read); a range is kept only while it can still cover a row.
 */
export function coveredCells(ranges: readonly MergedRange[]): (row: number) => (column: number) => boolean {
  const pending = [...ranges].sort((a, b) => a.top - b.top || a.left - b.left);
  let next = 0;
  let active: MergedRange[] = [];
  return (row) => {
    while (next < pending.length && pending[next]!.top <= row) active.push(pending[next++]!);
    active = active.filter((r) => r.bottom >= row);
    const here = active.slice();
    return (column) => here.some((r) => r.left <= column && column <= r.right && !(row === r.top && column === r.left));
  };
}
