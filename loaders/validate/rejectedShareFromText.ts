/**
 * The largest share of a file's rows that may be rejected before the run stops, as given on the
 * command line (`--max-rejected-share`) or in the environment (`POP_MAX_REJECTED_SHARE`): a number
 * from 0 to 1 (0.5 = half), or undefined when the text is anything else (empty included).
 */
export function rejectedShareFromText(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

/** What is said when rejectedShareFromText gives undefined, after the option's name. */
export const rejectedShareExpected = "应为 0 到 1 之间的数,如 0.5 / must be a number from 0 to 1, e.g. 0.5";
