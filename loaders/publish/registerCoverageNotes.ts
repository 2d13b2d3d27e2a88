import type {YearWithoutEvents} from "../indicators/yearsWithoutEvents.ts";
import type {ValidationReport} from "../validate/validateExtract.ts";

/**
 * registerCoverageNotes({reportedYears, yearsWithoutEvents, meta}): the notes quality.json carries about
 * the years the register reaches (zh-CN / English):
 * - an extract that covers no calendar year whole runs through with empty indicators, target checks
 *   and projections: say why;
 * - a reported year with no birth, death or move anywhere, where the register's own event rate makes
 *   that all but impossible (yearsWithoutEvents), lies past the data's last update (extract_date set
 *   too late) or lacks a batch of changes: its numbers are the previous year carried forward, so say so.
 */
export function registerCoverageNotes({reportedYears, yearsWithoutEvents, meta: {register_start, extract_date}}: {
  reportedYears: readonly number[];
  yearsWithoutEvents: readonly YearWithoutEvents[];
  meta: ValidationReport["meta"];
}): string[] {
  if (reportedYears.length === 0) {
    return [
      `登记开始日期 ${register_start} 至提取日期 ${extract_date} 之间没有完整的日历年:没有可报告的年份,人口指标、目标检查和预测均为空 / ` +
        `no calendar year lies whole between register_start ${register_start} and extract_date ${extract_date}: no year is reported, so the indicators, target checks and projections are empty`
    ];
  }
  if (yearsWithoutEvents.length === 0) return [];
  const years = yearsWithoutEvents.map((q) => q.year);
  const expected = yearsWithoutEvents.map((q) => Math.round(q.expected_events));
  return [
    `${years.join("、")}年全部村居没有任何出生、死亡、迁入或迁出记录(按登记各年的平均变动频率,预计分别约 ${expected.join("、")} 起):` +
      `登记可能缺少这些年份的变动,或提取日期 ${extract_date} 晚于登记实际更新到的日期;这些年份的人口只是上一年的结转,指标不可采信 / ` +
      `no birth, death, in- or out-migration is recorded in any village in ${years.join(", ")} (about ${expected.join(", ")} expected at the register's own rate): ` +
      `the register may lack these years' changes, or extract_date ${extract_date} is later than its last update; these years only carry the previous year forward`
  ];
}
