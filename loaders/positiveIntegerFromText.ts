/**
 * positiveIntegerFromText(text) is a count given on a command line (the benchmarks' `--villages`,
 * `--people`, `--runs`, each of `--sizes`): a whole number > 0, or undefined when the text is
 * anything else (empty, `abc`, `1.5`, `0`, `-3`).
 *
 *     positiveIntegerFromText("300") // 300
 *     positiveIntegerFromText("abc") // undefined
 */
export function positiveIntegerFromText(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** What is said when positiveIntegerFromText gives undefined, after the option's name. */
export const positiveIntegerExpected = "应为正整数 / must be a whole number > 0";
