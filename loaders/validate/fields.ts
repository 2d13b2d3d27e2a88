import {z} from "zod";
import {parseDate} from "./parseDate.ts";
import type {Reason} from "./reasons.ts";

/**
 * Field schemas for register cells. A cell arrives as a trimmed string ("" when empty) or, from
 * an XLSX date cell, a Date. Each field either yields a typed value or adds one issue whose
 * `params.reason` is a code from reasons.ts, so that every rejected cell can be reported with
 * its column, value and reason.
 */
export type Cell = string | Date | undefined;

/**
 * Machine-readable description of a field, attached to its schema with zod's `.meta({field})`.
 * The same definition gives the zod transform (below) and the SQL of the CSV fast path
 * (sqlFromField.ts), which accepts only values it can convert exactly as the transform does and
 * leaves every other row to zod.
 */
export type FieldMeta = (
  | {kind: "text"; required: boolean; maxLength: number; code?: true}
  | {kind: "date"; required: boolean}
  | {kind: "code"; required: boolean; spellings: Record<string, string | boolean>; reason: Reason}
  | {kind: "integer"; required: boolean; min: number; max?: number}
  | {kind: "decimal"; required: boolean; min: number}
) & {
  /**
   * Set on a soft field (`soft()` below): a value the field does not accept is blanked and this
   * warning recorded, rather than the row rejected.
   */
  soft?: Reason;
};

/** The FieldMeta of a field schema, or undefined for a schema not built here. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  return (schema.meta() as {field?: FieldMeta} | undefined)?.field;
}

/**
 * Marks an optional field soft: a value it does not accept does not reject the row; the cell is read
 * as empty (null) and `warning` recorded with the file, row, column and value (validateExtract on the
 * zod path, stageCsvFast in SQL, both through softParse's rule: the field alone refuses the cell).
 * For a field whose value only an indicator with a "recorded" denominator reads, where losing the
 * value costs less than losing the row (loaders/validate/README.md lists each field's decision).
 * `warning` is a reason of its own, whose text says what was expected and that the value was not used.
 */
export function soft<S extends z.ZodType>(schema: S, warning: Reason): S {
  const meta = fieldMeta(schema);
  if (!meta || meta.required) throw new Error("internal: only an optional field built in fields.ts can be soft");
  return schema.meta({field: {...meta, soft: warning}}) as S;
}

type Issue = z.core.$RefinementCtx;

function fail(ctx: Issue, reason: Reason, input: Cell, detail?: string) {
  ctx.addIssue({code: "custom", message: detail ?? reason, params: {reason}, input});
  return z.NEVER;
}

function textOf(cell: Cell): string {
  if (cell === undefined) return "";
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
}

// The reader guarantees a string or a Date; checking that again per cell costs more than all the rules.
const cell = z.custom<Cell>().optional();
const maxTextLength = 200;

/**
 * A number in scientific notation, as a spreadsheet shows a long code typed into a number cell
 * (3.30781E+11): the digits after the first few are lost, so different codes become one. A regular
 * expression that JavaScript and DuckDB (RE2) read alike, matched against the whole cell.
 */
export const scientificNumber = "[+-]?[0-9]+([.][0-9]+)?[eE][+-]?[0-9]+";
const isScientificNumber = new RegExp(`^(?:${scientificNumber})$`);

/**
 * Text up to 200 characters; empty is refused (required) or null. A code is text that is also
 * refused in scientific notation (code_as_number).
 */
function textField<Required extends boolean>(required: Required, {code = false} = {}) {
  type Text = Required extends true ? string : string | null;
  return cell.transform((value, ctx): Text => {
    const text = textOf(value);
    if (text === "") return required ? fail(ctx, "required", value) : (null as Text);
    if (text.length > maxTextLength) return fail(ctx, "too_long", value, `> ${maxTextLength}`);
    if (code && isScientificNumber.test(text)) return fail(ctx, "code_as_number", value);
    return text as Text;
  }).meta({field: {kind: "text", required, maxLength: maxTextLength, ...(code ? {code: true as const} : {})}});
}

/** Non-empty text up to 200 characters (names, projects). */
export const requiredText = () => textField(true);

/** Optional text up to 200 characters; empty becomes null. */
export const optionalText = () => textField(false);

/**
 * A required code (village_code, person_id): text as requiredText, but a number in scientific
 * notation is refused (code_as_number), never read as a code: several villages written 3.30781E+11
 * would otherwise become one, and their people counted in the first.
 */
export const requiredCode = () => textField(true, {code: true});

/** An optional code (funding's village_code: empty = the whole town), refused in scientific notation as requiredCode. */
export const optionalCode = () => textField(false, {code: true});

export function requiredDate() {
  return cell.transform((value, ctx) => {
    if (textOf(value) === "") return fail(ctx, "required", value);
    return parseDate(value!) ?? fail(ctx, "invalid_date", value);
  }).meta({field: {kind: "date", required: true}});
}

export function optionalDate() {
  return cell.transform((value, ctx) => {
    if (textOf(value) === "") return null;
    return parseDate(value!) ?? fail(ctx, "invalid_date", value);
  }).meta({field: {kind: "date", required: false}});
}

/**
 * A coded field: the accepted spellings (case-insensitive) mapped to the stored code. A value not
 * among them is rejected with `reason`, whose text (reasons.ts) lists every spelling, so the office
 * reads what it may write (tests/validate/rowSchemas.test.ts checks that it does).
 * `required: false` lets an empty cell through as null; wrapped in `soft()`, a value not among the
 * spellings is blanked with a warning instead of rejecting the row (softParse.ts).
 */
export function coded<T extends string | boolean>(spellings: Record<string, T>, {reason, required = true}: {reason: Reason; required?: boolean}) {
  const lookup = new Map(Object.entries(spellings).map(([k, v]) => [k.toLowerCase(), v]));
  return cell.transform((value, ctx): T | null => {
    const text = textOf(value);
    if (text === "") return required ? fail(ctx, "required", value) : null;
    return lookup.get(text.toLowerCase()) ?? fail(ctx, reason, value, Object.keys(spellings).join(" | "));
  }).meta({field: {kind: "code", required, spellings, reason}});
}

/** Sex per GB/T 2261.1 (1 = male, 2 = female) and the usual spellings, 男性/女性 included. */
export function sex() {
  const codes: Record<string, "M" | "F"> = {男: "M", 女: "F", 男性: "M", 女性: "F", m: "M", f: "F", male: "M", female: "F", "1": "M", "2": "F"};
  return cell.transform((value, ctx) => {
    const text = textOf(value);
    if (text === "") return fail(ctx, "required", value);
    return codes[text.toLowerCase()] ?? fail(ctx, "invalid_sex", value);
  }).meta({field: {kind: "code", required: true, spellings: codes, reason: "invalid_sex"}});
}

/** A number written as text: thousands separators (1,234.5) allowed, nothing else. */
function numberFromText(text: string): number | undefined {
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replaceAll(",", "") : text;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

/** The largest value of an INTEGER column: a field stored in one gives it as its `max`. */
export const maxInteger32 = 2_147_483_647;

export function integer({min, max, required = true}: {min: number; max?: number; required?: boolean}) {
  return cell.transform((value, ctx): number | null => {
    const text = textOf(value);
    if (text === "") return required ? fail(ctx, "required", value) : null;
    const number = numberFromText(text);
    if (number === undefined || !Number.isSafeInteger(number)) return fail(ctx, "invalid_integer", value);
    if (number < min) return fail(ctx, "out_of_range", value, `≥ ${min}`);
    if (max !== undefined && number > max) return fail(ctx, "out_of_range", value, `≤ ${max}`);
    return number;
  }).meta({field: {kind: "integer", required, min, ...(max === undefined ? {} : {max})}});
}

export function decimal({min}: {min: number}) {
  return cell.transform((value, ctx) => {
    const text = textOf(value);
    if (text === "") return fail(ctx, "required", value);
    const number = numberFromText(text);
    if (number === undefined || !Number.isFinite(number)) return fail(ctx, "invalid_number", value);
    if (number < min) return fail(ctx, "out_of_range", value, `≥ ${min}`);
    return number;
  }).meta({field: {kind: "decimal", required: true, min}});
}

/** A year the register could describe. */
export function year() {
  return integer({min: 1900})
    .refine((y) => y === null || y <= 2100, {params: {reason: "out_of_range"}, message: "≤ 2100"})
    .meta({field: {kind: "integer", required: true, min: 1900, max: 2100}});
}
