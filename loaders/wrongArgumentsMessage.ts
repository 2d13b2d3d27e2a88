/**
 * wrongArgumentsMessage(problem, usage) is what every command line (npm run pipeline, bulletin,
 * sample, bench, bench:site, bench:projections, readme:backtest, the build's and npm start's) writes to stderr when its arguments are wrong, before it exits with code 2: the problem,
 * in Chinese and then English, after 错误 / error:, and the command's usage below it. No stack trace.
 *
 *     wrongArgumentsMessage("--min-cell 应为非负整数 / must be a whole number ≥ 0: many", usage)
 *     // "错误 / error: --min-cell 应为非负整数 / must be a whole number ≥ 0: many\n用法 / usage: …"
 */
export function wrongArgumentsMessage(problem: string, usage: string): string {
  return `错误 / error: ${problem}\n${usage.trimEnd()}`;
}
