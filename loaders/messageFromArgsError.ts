/**
 * messageFromArgsError(error, options) turns an error of node:util's parseArgs into a zh-CN message
 * with the English after it, as the CLIs' other messages are; `options` are the command's option
 * names (without "--"), used to suggest the one a misspelt option was probably meant to be.
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
      const near = closest(quoted.replace(/^-+/, "").replace(/=.*$/, ""), options);
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

/** The option within edit distance 2 of `name` (the nearest; the first of equals), if any. */
function closest(name: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = editDistance(name.toLowerCase(), option);
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit (inptu → input). */
function editDistance(a: string, b: string): number {
  const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
