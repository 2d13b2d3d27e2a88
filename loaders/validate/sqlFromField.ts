import {registerYears} from "../read/registerYears.ts";
import {quotedString} from "../store/sql.ts";
import {scientificNumber, type FieldMeta} from "./fields.ts";

export interface FieldSql {
  /** The converted value (meaningful where `ok`). */
  value: string;
  /** TRUE when the fast path converts the cell exactly as the field's zod transform would, and zod would accept it. */
  ok: string;
  /**
   * TRUE only when zod is certain to refuse the (non-empty) cell: for a soft field, the fast path
   * then stages NULL and records the warning (stageCsvFast). Conservative: a cell SQL cannot judge
   * exactly (a decimal point, a thousands separator, any date) is neither `ok` nor `invalid`, and
   * its row goes to zod. Like `ok`, it may refer to `converted` (the value before any blanking).
   */
  invalid: string;
}

/**
 * The SQL of one field for the CSV fast path, from its FieldMeta. `text` is an SQL expression of
 * the cell's text, already trimmed, and known to hold only printable ASCII and CJK unified
 * ideographs (which JavaScript's trim, NFKC and toLowerCase leave as DuckDB's trim and lower do);
 * `converted` names the column that will hold `value`, which `ok` may refer to.
 * The SQL is deliberately narrower than zod: a value it does not accept (an Excel serial date,
 * thousands separators, a sign…) is not rejected here, the row is validated by zod instead.
 */
export function sqlFromField(meta: FieldMeta, text: string, converted: string): FieldSql {
  const empty = `(${text} = '')`;
  const whenEmpty = meta.required ? "FALSE" : "TRUE";
  const unlessEmpty = (check: string) => `(CASE WHEN ${empty} THEN ${whenEmpty} ELSE coalesce(${check}, FALSE) END)`;
  switch (meta.kind) {
    case "text": {
      // length counts characters as JavaScript's does on plain text (ASCII and CJK in the BMP).
      // A code in scientific notation is refused (fields.ts requiredCode): the same expression, read alike by RE2.
      const scientific = meta.code ? `regexp_full_match(${text}, ${quotedString(scientificNumber)})` : "FALSE";
      return {
        value: `nullif(${text}, '')`,
        ok: `(${meta.required ? `NOT ${empty} AND ` : ""}length(${text}) <= ${meta.maxLength} AND NOT ${scientific})`,
        invalid: `(length(${text}) > ${meta.maxLength} OR ${scientific})`
      };
    }
    case "date": {
      // parseDate's written forms: YYYY-MM-DD, YYYY/M/D (any of - / . as separators), YYYYMMDD,
      // each optionally followed by a time of 00:00(:00); Excel serial numbers are left to zod.
      const bare = `regexp_replace(${text}, '[ T]00:00(:00(\\.0+)?)?$', '')`;
      const parts = `string_split_regex(${bare}, '[-/.]')`;
      const iso = `(CASE
        WHEN regexp_full_match(${text}, '\\d{4}-\\d{2}-\\d{2}') THEN ${text}
        WHEN regexp_full_match(${bare}, '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}') THEN ${parts}[1] || '-' || lpad(${parts}[2], 2, '0') || '-' || lpad(${parts}[3], 2, '0')
        WHEN regexp_full_match(${bare}, '\\d{8}') THEN substr(${bare}, 1, 4) || '-' || substr(${bare}, 5, 2) || '-' || substr(${bare}, 7, 2)
      END)`;
      // The cast refuses impossible days (2023-02-29) as parseDate does; parseDate's years: registerYears.
      return {value: `(CASE WHEN NOT ${empty} THEN TRY_CAST(${iso} AS DATE) END)`, ok: unlessEmpty(`year(${converted}) BETWEEN ${registerYears.earliest} AND ${registerYears.latest}`), invalid: "FALSE"};
    }
    case "code": {
      const entries = Object.entries(meta.spellings).map(([spelling, code]) => [spelling.toLowerCase(), typeof code === "boolean" ? String(code).toUpperCase() : quotedString(code)]);
      const cases = entries.map(([spelling, code]) => `WHEN ${quotedString(spelling!)} THEN ${code}`).join(" ");
      // On plain text DuckDB's lower is JavaScript's toLowerCase: a spelling not listed is refused by zod too.
      return {value: `(CASE lower(${text}) ${cases} END)`, ok: unlessEmpty(`${converted} IS NOT NULL`), invalid: `(NOT ${empty} AND ${converted} IS NULL)`};
    }
    case "integer": {
      // At most 9 digits: every such number is a safe integer and fits an INTEGER column.
      const value = `(CASE WHEN regexp_full_match(${text}, '\\d{1,9}') THEN CAST(${text} AS BIGINT) END)`;
      const inRange = `${converted} >= ${meta.min}${meta.max === undefined ? "" : ` AND ${converted} <= ${meta.max}`}`;
      // Refused by zod for sure: text that is no number zod reads (a superset of numberFromText's
      // forms: an optional sign, digits and separators, a decimal part), or a whole number of at
      // most 9 digits, signed or not, out of range. "1.0", "1,000" and longer numbers go to zod.
      const whole = `regexp_full_match(${text}, '-?\\d{1,9}')`;
      const invalid = `(NOT ${empty} AND (NOT regexp_full_match(${text}, '-?\\d[\\d,]*(\\.\\d+)?')
        OR (${whole} AND NOT (TRY_CAST(${text} AS BIGINT) BETWEEN ${meta.min} AND ${meta.max ?? "9223372036854775807"}))))`;
      return {value, ok: unlessEmpty(inRange), invalid};
    }
    case "decimal": {
      // Plain decimal notation, correctly rounded by both DuckDB and JavaScript's Number().
      const value = `(CASE WHEN regexp_full_match(${text}, '\\d{1,15}(\\.\\d{1,15})?') THEN CAST(${text} AS DOUBLE) END)`;
      return {value, ok: unlessEmpty(`${converted} >= ${meta.min}`), invalid: "FALSE"};
    }
  }
}
