import type {ParseArgsConfig} from "node:util";
import {valuesFromArgs} from "./valuesFromArgs.ts";

type Options = NonNullable<ParseArgsConfig["options"]> & {help: {type: "boolean"}};

/**
 * cliArguments(options, usage) is every command line's first step: the values of its arguments
 * (process.argv after the script, parsed by valuesFromArgs), or the end of the run when there is
 * nothing to run: wrong arguments write the shared message to stderr and exit 2; --help (or -h)
 * writes the usage to stdout and exits 0, since usage on request is output, not an error. For CLIs
 * only (library functions never print or exit).
 *
 *     const values = cliArguments({input: {type: "string"}, help: {type: "boolean", short: "h"}}, usage);
 */
export function cliArguments<const T extends Options>(options: T, usage: string) {
  const parsed = valuesFromArgs(process.argv.slice(2), options, usage);
  if (parsed.message !== undefined) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  if ((parsed.values as {help?: boolean}).help) {
    process.stdout.write(usage.endsWith("\n") ? usage : `${usage}\n`);
    process.exit(0);
  }
  return parsed.values;
}
