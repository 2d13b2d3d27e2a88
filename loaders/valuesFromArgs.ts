import {parseArgs, type ParseArgsConfig} from "node:util";
import {messageFromArgsError} from "./messageFromArgsError.ts";
import {wrongArgumentsMessage} from "./wrongArgumentsMessage.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * valuesFromArgs(args, options, usage) parses a command's arguments (strict: every argument is one
 * of `options`, no positionals) as node:util's parseArgs does, and gives their values, or, when the
 * arguments are wrong, the message the command writes before exiting 2 (wrongArgumentsMessage, with
 * a misspelt option's likely meaning: messageFromArgsError).
 *
 *     valuesFromArgs(["--inptu", "x"], {input: {type: "string"}}, usage)
 *     // {message: "错误 / error: 未知选项 --inptu,是否想写 --input? / unknown option '--inptu' (did you mean --input?)\n用法 / usage: …"}
 */
export function valuesFromArgs<const T extends Options>(
  args: string[],
  options: T,
  usage: string
): {values: ReturnType<typeof parseArgs<{options: T; strict: true}>>["values"]; message?: undefined} | {message: string} {
  try {
    return {values: parseArgs({args, options, strict: true}).values};
  } catch (error) {
    return {message: wrongArgumentsMessage(messageFromArgsError(error, Object.keys(options)), usage)};
  }
}
