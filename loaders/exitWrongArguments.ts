import {wrongArgumentsMessage} from "./wrongArgumentsMessage.ts";

/**
 * exitWrongArguments(problem, usage) ends a command line whose arguments are wrong: it writes
 * wrongArgumentsMessage(problem, usage) to stderr and exits with code 2, before anything is run.
 * For CLIs only (library functions never print or exit).
 *
 *     positiveIntegerFromText(text) ?? exitWrongArguments(`--runs ${positiveIntegerExpected}: ${text}`, usage)
 */
export function exitWrongArguments(problem: string, usage: string): never {
  process.stderr.write(`${wrongArgumentsMessage(problem, usage)}\n`);
  process.exit(2);
}
