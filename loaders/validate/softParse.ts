import type {z} from "zod";
import {fieldMeta, type Cell} from "./fields.ts";
import type {Reason} from "./reasons.ts";

/** A soft field's cell that was read as empty: its column and the warning to record. */
export interface BlankedCell {
  column: string;
  reason: Reason;
}

export type SoftParseResult =
  | {success: true; data: Record<string, unknown>; blanked: BlankedCell[]}
  | {success: false; issues: z.core.$ZodIssue[]};

/**
 * softParse(schema, values) parses one row with its object schema, where a soft field (fields.ts
 * `soft`) that refuses its cell does not reject the row: the cell is read as empty and listed in
 * `blanked` with the field's warning. A cell is blanked exactly when its field alone refuses it, so
 * an object-level refinement never blanks a value. The row is then parsed again without those
 * cells: what still fails (another field, a refinement) rejects it, with only those issues (a
 * blanked value is not a reason to reject the row, and is not reported when the row is rejected).
 */
export function softParse(schema: z.ZodType, values: Record<string, Cell>): SoftParseResult {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {success: true, data: parsed.data as Record<string, unknown>, blanked: []};
  const shape = (schema as unknown as {shape?: Record<string, z.ZodType>}).shape ?? {};
  const blanked: BlankedCell[] = [];
  for (const [column, field] of Object.entries(shape)) {
    const reason = fieldMeta(field)?.soft;
    if (reason !== undefined && !field.safeParse(values[column]).success) blanked.push({column, reason});
  }
  if (blanked.length === 0) return {success: false, issues: parsed.error.issues};
  const again = schema.safeParse({...values, ...Object.fromEntries(blanked.map(({column}) => [column, ""]))});
  return again.success ? {success: true, data: again.data as Record<string, unknown>, blanked} : {success: false, issues: again.error.issues};
}
