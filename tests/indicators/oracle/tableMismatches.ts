import type {OracleRow} from "./villageYearOracle.ts";

/** How a column is compared: exactly (counts, codes, names) or to a relative tolerance (rates, ratios). */
export type Comparison = "exact" | "relative";

/**
 * tableMismatches(published, oracle, key, comparisonOf, relativeTolerance) compares a published CSV
 * table (rows of text, "" = empty) with the oracle's rows, matched on the `key` columns. It returns
 * one message per difference, naming the column, the row's key and both values; a row or a column
 * on one side only is a difference too. Empty here means: the pipeline wrote "" and the oracle null.
 */
export function tableMismatches(
  published: {[column: string]: string}[],
  oracle: OracleRow[],
  key: string[],
  comparisonOf: (column: string) => Comparison,
  relativeTolerance = 1e-9
): string[] {
  const messages: string[] = [];
  const keyOf = (row: {[column: string]: unknown}): string => key.map((k) => `${k}=${row[k]}`).join(" ");
  const byKey = new Map(published.map((row) => [keyOf(row), row]));
  const oracleKeys = new Set(oracle.map(keyOf));
  for (const row of published) if (!oracleKeys.has(keyOf(row))) messages.push(`${keyOf(row)}: row published but not in the oracle`);
  const columns = Object.keys(oracle[0] ?? {});
  const publishedColumns = Object.keys(published[0] ?? {});
  for (const column of publishedColumns) if (!columns.includes(column)) messages.push(`column ${column}: published but not in the oracle`);
  for (const expected of oracle) {
    const actual = byKey.get(keyOf(expected));
    if (!actual) {
      messages.push(`${keyOf(expected)}: row in the oracle but not published`);
      continue;
    }
    for (const column of columns) {
      const text = actual[column];
      const want = expected[column];
      const where = `${column} (${keyOf(expected)}): pipeline ${text === "" ? "empty" : text}, oracle ${want === null ? "empty" : want}`;
      if (text === undefined) messages.push(`${column}: not published`);
      else if (want === null || text === "") { if (!(want === null && text === "")) messages.push(where); }
      else if (typeof want === "string") { if (text !== want) messages.push(where); }
      else {
        const value = Number(text);
        const same = comparisonOf(column) === "exact"
          ? value === want
          : value === want || Math.abs(value - want) <= relativeTolerance * Math.max(Math.abs(value), Math.abs(want));
        if (!same) messages.push(where);
      }
    }
  }
  return messages;
}
