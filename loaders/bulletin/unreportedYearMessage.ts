/**
 * unreportedYearMessage(year, years): the one line (zh-CN) saying that `year` is not among the years the
 * register reports, `years` (any order), written as runs: "2031 年不在登记报告的年份内(2014—2025)",
 * "(2014—2016、2019)"; for a register that reports no year, says so. undefined when `year` is reported.
 */
export function unreportedYearMessage(year: number, years: readonly number[]): string | undefined {
  if (years.includes(year)) return undefined;
  if (years.length === 0) return `${year} 年不在登记报告的年份内(登记开始日期至提取日期之间没有完整的日历年,没有可报告的年份)`;
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let first = sorted[0]!;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]! + 1) continue;
    const last = sorted[i - 1]!;
    runs.push(first === last ? String(first) : `${first}—${last}`);
    first = sorted[i]!;
  }
  return `${year} 年不在登记报告的年份内(${runs.join("、")})`;
}
