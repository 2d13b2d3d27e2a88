/**
 * The small-cell threshold as given on the command line (`--min-cell`) or in the environment
 * (`POP_MIN_CELL`): a whole number ≥ 0 (0, or an empty text, is off), or undefined when the text
 * is anything else.
 */
export function minCellFromText(text: string): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** What is said when minCellFromText gives undefined, after the option's name. */
export const minCellExpected = "应为非负整数 / must be a whole number ≥ 0";
