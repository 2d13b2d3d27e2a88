import {columnFromHeader, type TableSpec} from "./extractFormat.ts";

/** Candidate CSV delimiters, in order of preference when they score the same. The full-width comma "，" is not one: it is text. */
const candidates = [",", ";", "\t"] as const;

export type CsvDelimiter = (typeof candidates)[number];

function knownColumns(line: string, delimiter: string, spec: TableSpec): number {
  const names = new Set<string>();
  for (const part of line.split(delimiter)) {
    let cell = part.trim();
    if (cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"')) cell = cell.slice(1, -1);
    const column = columnFromHeader(spec, cell);
    if (column) names.add(column.name);
  }
  return names.size;
}

/**
 * The delimiter of a CSV file, from its first lines (the header and any title lines above it):
 * the candidate that splits one of those lines into the most known columns of the table. When no
 * candidate finds a known column, the one that splits the first line into the most fields; "," by default.
 *
 *     delimiterFromLines(["人员编号;性别;出生日期;户籍类型"], tableSpec("persons")) // ";"
 */
export function delimiterFromLines(lines: readonly string[], spec: TableSpec): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const delimiter of candidates) {
    let score = 0;
    for (const line of lines) score = Math.max(score, knownColumns(line, delimiter, spec));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  if (bestScore > 0 || lines.length === 0) return best;
  let mostFields = 1;
  for (const delimiter of candidates) {
    const fields = lines[0]!.split(delimiter).length;
    if (fields > mostFields) {
      best = delimiter;
      mostFields = fields;
    }
  }
  return best;
}
