import {dataSource} from "../publish/dataSource.ts";
import {isSmallCount, minReliableCount} from "./minReliableCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import {tableCell} from "./tableCell.ts";
import type {BulletinTable, VillageYearRow} from "./types.ts";

/**
 * 表1 (year-end population, sex and ageing by village) and 表2 (the year's vital events and moves by
 * village). The first row is the whole town, then villages in code order, each named by its label
 * (villageLabels: two villages of one name are told apart by their codes). A ratio is flagged with "*",
 * and the rule and its reason said under the table, when it rests on a population below `smallBase` or
 * on fewer than minReliableCount events (births, deaths, people aged 60 and over), as the site flags the
 * latter. The reason is chance: in a small population a few births, deaths or moves shift a ratio, by
 * about 200/√n for a sex ratio near 100 and 100·√(p(1−p)/n) percentage points for a share p of n people
 * (binomial standard errors); a count of n events has a relative standard error of about 1/√n.
 * What a blank means (空白表示无数据, or with --min-cell 无数据或不公布) is said under a table only when it has one.
 */
export function villageTables(context: SectionContext): {population: BulletinTable; events: BulletinTable} {
  const {year, region, whole, self, town, villages, villageLabels, smallBase} = context;
  const inside = `${self.slice(1)}内`;
  const rows: [string, VillageYearRow][] = [[whole, town], ...villages.map((v): [string, VillageYearRow] => [villageLabels.get(v.village_code) ?? v.village_name, v])];
  const smallEnd = (row: VillageYearRow) => row.pop_end != null && row.pop_end < smallBase;
  const smallAvg = (row: VillageYearRow) => row.pop_avg != null && row.pop_avg < smallBase;
  /** The footnote of a table's flags, naming only the reasons some flagged cell has, each with why it matters. */
  const flagNote = (reasons: [string, (row: VillageYearRow) => boolean, string][]) => {
    const found = reasons.filter(([, test]) => rows.some(([, row]) => test(row)));
    if (found.length === 0) return undefined;
    const why = [...new Set(found.map(([, , reason]) => reason))].join(";");
    return `带“*”的比率所依据的${found.map(([text]) => text).join("或")},受偶然因素影响较大,仅供参考:${why}。`;
  };
  // Why a small base makes a ratio unreliable, in figures of this table's threshold.
  const sexRatioError = (200 / Math.sqrt(smallBase)).toFixed(1);
  const shareError = (100 * Math.sqrt((0.3 * 0.7) / smallBase)).toFixed(1);
  const smallPopulation =
    `人口少时,个别人的出生、死亡或迁移就会使比率明显变动,按二项分布估算,${smallBase}人时性别比的标准误约为${sexRatioError},` +
    `比重(按30%计)的标准误约为${shareError}个百分点,人口越少误差越大`;
  const fewEvents = `人数为n时比率的相对标准误约为1/√n,不足${minReliableCount}人时在${Math.round(100 / Math.sqrt(minReliableCount - 1))}%以上`;
  const source = `注:本表根据${region}${dataSource}编制,人口为常住人口。`;
  const blanks = context.minCell > 0 ? `空白表示无数据或不公布(人数少于${context.minCell}人,或为使其无法由合计推算而一并不公布)。` : "空白表示无数据。";
  /** The footnote on blanks, for a table with a blank cell only: under a table with none it explains nothing. */
  const blanksNote = (cells: string[][]) => (cells.some((row) => row.includes("")) ? [blanks] : []);

  const populationRows = rows.map(([name, row]) => [
    name,
    tableCell(row.pop_end, 0),
    tableCell(row.pop_end_male, 0),
    tableCell(row.pop_end_female, 0),
    tableCell(row.sex_ratio, 2, smallEnd(row)),
    tableCell(row.pop_60_plus, 0),
    tableCell(row.share_60_plus, 2, smallEnd(row) || isSmallCount(row.pop_60_plus))
  ]);
  const population: BulletinTable = {
    kind: "table",
    id: "villagePopulation",
    title: `表1 ${year}年末各村(社区)人口情况`,
    unit: "单位:人、%",
    columns: ["地区", "人口", "男", "女", "性别比(女=100)", "60岁及以上", "60岁及以上比重"],
    rows: populationRows,
    footnotes: [source, ...blanksNote(populationRows)]
  };
  const populationFlags = flagNote([
    [`年末人口不足${smallBase}人`, (row) => smallEnd(row) && (row.sex_ratio != null || row.share_60_plus != null), smallPopulation],
    [`60岁及以上人口不足${minReliableCount}人`, (row) => isSmallCount(row.pop_60_plus) && row.share_60_plus != null, fewEvents]
  ]);
  if (populationFlags) population.footnotes.push(populationFlags);

  const eventRows = rows.map(([name, row]) => [
    name,
    tableCell(row.births, 0),
    tableCell(row.deaths, 0),
    tableCell(row.natural_increase, 0),
    tableCell(row.in_migrants, 0),
    tableCell(row.out_migrants, 0),
    tableCell(row.birth_rate, 2, smallAvg(row) || isSmallCount(row.births)),
    tableCell(row.death_rate, 2, smallAvg(row) || isSmallCount(row.deaths)),
    tableCell(row.natural_growth_rate, 2, smallAvg(row) || isSmallCount(row.births) || isSmallCount(row.deaths))
  ]);
  const events: BulletinTable = {
    kind: "table",
    id: "villageEvents",
    title: `表2 ${year}年各村(社区)人口变动情况`,
    unit: "单位:人、‰",
    columns: ["地区", "出生", "死亡", "自然增长", "迁入", "迁出", "出生率", "死亡率", "自然增长率"],
    rows: eventRows,
    footnotes: [source, `各村(社区)的迁入、迁出含${inside}村(社区)之间的迁移,${whole}的迁入、迁出不含${inside}迁移,故各村(社区)之和可能大于${whole}。`, ...blanksNote(eventRows)]
  };
  const hasRate = (row: VillageYearRow) => row.birth_rate != null || row.death_rate != null || row.natural_growth_rate != null;
  const eventFlags = flagNote([
    [`出生或死亡人数不足${minReliableCount}人`, (row) => hasRate(row) && (isSmallCount(row.births) || isSmallCount(row.deaths)), fewEvents],
    [`年平均人口不足${smallBase}人`, (row) => hasRate(row) && smallAvg(row), fewEvents]
  ]);
  if (eventFlags) events.footnotes.push(eventFlags);
  return {population, events};
}
