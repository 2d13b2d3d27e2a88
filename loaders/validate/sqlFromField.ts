import {quotedString} from "../store/sql.ts";
import type {FieldMeta} from "./fields.ts";

export interface FieldSql {
  /** TRUE when the fast path converts the cell exactly as the field's zod transform would, and zod would accept it. */
  ok: string;
  /** The converted value (meaningful where `ok`). */
  value: string;
}

/**
 * The SQL of one field for the CSV fast path, from its FieldMeta. `text` is an SQL expression of
 * the cell's text, already trimmed, and known to hold only printable ASCII and CJK unified
 * ideographs (which JavaScript's trim, NFKC and toLowerCase leave as DuckDB's trim and lower do).
 * The SQL is deliberately narrower than zod: a value it does not accept (another date format,
 * thousands separators, a sign…) is not rejected here, the row is validated by zod instead.
 */
export function sqlFromField(meta: FieldMeta, text: string): FieldSql {
  const empty = `(${text} = '')`;
  const whenEmpty = meta.required ? "FALSE" : "TRUE";
  switch (meta.kind) {
    case "text":
      return {ok: `(${meta.required ? `NOT ${empty} AND ` : ""}length(${text}) <= ${meta.maxLength})`, value: `nullif(${text}, '')`};
    case "date": {
      const date = `TRY_CAST(CASE WHEN regexp_full_match(${text}, '\\d{4}-\\d{2}-\\d{2}') THEN ${text} END AS DATE)`;
      // parseDate's years: 1880–2100.
      return {ok: `(CASE WHEN ${empty} THEN ${whenEmpty} ELSE coalesce(year(${date}) BETWEEN 1880 AND 2100, FALSE) END)`, value: `(CASE WHEN NOT ${empty} THEN ${date} END)`};
    }
    case "code": {
      const entries = Object.entries(meta.spellings).map(([spelling, code]) => [spelling.toLowerCase(), typeof code === "boolean" ? String(code).toUpperCase() : quotedString(code)]);
      const keys = entries.map(([spelling]) => quotedString(spelling!)).join(", ");
      const cases = entries.map(([spelling, code]) => `WHEN ${quotedString(spelling!)} THEN ${code}`).join(" ");
      return {ok: `(CASE WHEN ${empty} THEN ${whenEmpty} ELSE lower(${text}) IN (${keys}) END)`, value: `(CASE lower(${text}) ${cases} END)`};
    }
    case "integer": {
      // At most 9 digits: every such number is a safe integer and fits an INTEGER column.
      const number = `TRY_CAST(CASE WHEN regexp_full_match(${text}, '\\d{1,9}') THEN ${text} END AS BIGINT)`;
      const range = `${number} >= ${meta.min}${meta.max === undefined ? "" : ` AND ${number} <= ${meta.max}`}`;
      return {ok: `(CASE WHEN ${empty} THEN ${whenEmpty} ELSE coalesce(${range}, FALSE) END)`, value: `(CASE WHEN NOT ${empty} THEN ${number} END)`};
    }
    case "decimal": {
      // Plain decimal notation, correctly rounded by both DuckDB and JavaScript's Number().
      const number = `TRY_CAST(CASE WHEN regexp_full_match(${text}, '\\d{1,15}(\\.\\d{1,15})?') THEN ${text} END AS DOUBLE)`;
      return {ok: `(CASE WHEN ${empty} THEN ${whenEmpty} ELSE coalesce(${number} >= ${meta.min}, FALSE) END)`, value: `(CASE WHEN NOT ${empty} THEN ${number} END)`};
    }
  }
}
