import {fixedDecimals} from "./fixedDecimals.ts";

/**
 * tableCell(value, digits, flagged): a table cell as text: the value with `digits` decimals, "" (a blank:
 * no data) when missing, and a trailing "*" when the figure rests on a base too small to trust.
 */
export function tableCell(value: number | null | undefined, digits: number, flagged = false): string {
  const text = fixedDecimals(value, digits);
  if (text === undefined) return "";
  return flagged ? `${text}*` : text;
}
