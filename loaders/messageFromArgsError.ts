import {closest, distance} from "fastest-levenshtein";

/**
 * messageFromArgsError(error, options) turns an error of node:util's parseArgs into a zh-CN message
 * with the English after it, as the CLIs' other messages are; `options` are the command's option
 * names (without "--"), used to suggest the one a misspelt option was probably meant to be: the
 * nearest within two edits (fastest-levenshtein; a swap of two letters is two edits).
 * Any other error keeps its own text, after 参数错误.
 *
 *     messageFromArgsError(parseArgsError("--inptu"), ["input", "out"])
 *     // "未知选项 --inptu,是否想写 --input? / unknown option '--inptu' (did you mean --input?)"
 */
export function messageFromArgsError(error: unknown, options: readonly string[]): string {
  const {code, message} = error as {code?: string; message?: string};
  const text = String(message ?? error);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const near = nearestOption(quoted.replace(/^-+/, "").replace(/=.*$/, ""), options);
      return near
        ? `未知选项 ${quoted},是否想写 --${near}? / unknown option '${quoted}' (did you mean --${near}?)`
        : `未知选项 ${quoted} / unknown option '${quoted}'`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = quoted.replace(/ <value>$/, "");
      if (/argument missing/.test(text)) return `选项 ${option} 缺少取值 / option '${option}' needs a value`;
      if (/does not take an argument/.test(text)) return `选项 ${option} 不带取值 / option '${option}' takes no value`;
      return `选项 ${option} 的取值有误 / ${text}`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `多余的参数 ${quoted}:本命令的参数都以 -- 开头的选项给出 / unexpected argument '${quoted}': give everything as --options`;
    default:
      return `参数错误 / wrong arguments: ${text}`;
  }
}

/** The option within Levenshtein distance 2 of `name` (the nearest; the first of equals), if any. */
function nearestOption(name: string, options: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const near = closest(lower, options) as string | undefined;
  return near !== undefined && distance(lower, near) <= 2 ? near : undefined;
}
