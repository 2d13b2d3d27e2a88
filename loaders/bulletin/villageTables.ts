import {dataSource} from "../publish/dataSource.ts";
import {isSmallCount, minReliableCount} from "./minReliableCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import {tableCell} from "./tableCell.ts";
import type {BulletinTable, VillageYearRow} from "./types.ts";

/**
 * 表1 (year-end population, sex and ageing by village) and 表2 (the year's vital events and moves by
 * village). The first row is the whole town, then villages in code order, each named by its label
 * (villageLabels: two villages of one name are told apart by their codes). A ratio is flagged with "*",
 * and the reason said under the table, when it rests on a population below `smallBase` or on fewer
 * than minReliableCount events (births, deaths, people aged 60 and over), as the site flags it.
 */
export function villageTables(context: SectionContext): {population: BulletinTable; events: BulletinTable} {
  const {year, region, whole, self, town, villages, villageLabels, smallBase} = context;
  const inside = `${self.slice(1)}内`;
  const rows: [string, VillageYearRow][] = [[whole, town], ...villages.map((v): [string, VillageYearRow] => [villageLabels.get(v.village_code) ?? v.village_name, v])];
  const smallEnd = (row: VillageYearRow) => row.pop_end != null && row.pop_end < smallBase;
  const smallAvg = (row: VillageYearRow) => row.pop_avg != null && row.pop_avg < smallBase;
  /** The footnote of a table's flags, naming only the reasons some flagged cell has. */
  const flagNote = (reasons: [string, (row: VillageYearRow) => boolean][]) => {
    const found = reasons.filter(([, test]) => rows.some(([, row]) => test(row))).map(([reason]) => reason);
    return found.length > 0 ? `带“*”的比率所依据的${found.join("或")},受偶然因素影响较大,仅供参考。` : undefined;
  };
  const source = `注:本表根据${region}${dataSource}编制,人口为常住人口。`;
  const blanks = context.minCell > 0 ? `空白表示无数据或不公布(人数少于${context.minCell}人,或为使其无法由合计推算而一并不公布)。` : "空白表示无数据。";

  const population: BulletinTable = {
    kind: "table",
    id: "villagePopulation",
    title: `表1 ${year}年末各村(社区)人口情况`,
    unit: "单位:人、%",
    columns: ["地区", "人口", "男", "女", "性别比(女=100)", "60岁及以上", "60岁及以上比重"],
    rows: rows.map(([name, row]) => [
      name,
      tableCell(row.pop_end, 0),
      tableCell(row.pop_end_male, 0),
      tableCell(row.pop_end_female, 0),
      tableCell(row.sex_ratio, 2, smallEnd(row)),
      tableCell(row.pop_60_plus, 0),
      tableCell(row.share_60_plus, 2, smallEnd(row) || isSmallCount(row.pop_60_plus))
    ]),
    footnotes: [source, blanks]
  };
  const populationFlags = flagNote([
    [`年末人口不足${smallBase}人`, (row) => smallEnd(row) && (row.sex_ratio != null || row.share_60_plus != null)],
    [`60岁及以上人口不足${minReliableCount}人`, (row) => isSmallCount(row.pop_60_plus) && row.share_60_plus != null]
  ]);
  if (populationFlags) population.footnotes.push(populationFlags);

  const events: BulletinTable = {
    kind: "table",
    id: "villageEvents",
    title: `表2 ${year}年各村(社区)人口变动情况`,
    unit: "单位:人、‰",
    columns: ["地区", "出生", "死亡", "自然增长", "迁入", "迁出", "出生率", "死亡率", "自然增长率"],
    rows: rows.map(([name, row]) => [
      name,
      tableCell(row.births, 0),
      tableCell(row.deaths, 0),
      tableCell(row.natural_increase, 0),
      tableCell(row.in_migrants, 0),
      tableCell(row.out_migrants, 0),
      tableCell(row.birth_rate, 2, smallAvg(row) || isSmallCount(row.births)),
      tableCell(row.death_rate, 2, smallAvg(row) || isSmallCount(row.deaths)),
      tableCell(row.natural_growth_rate, 2, smallAvg(row) || isSmallCount(row.births) || isSmallCount(row.deaths))
    ]),
    footnotes: [source, `各村(社区)的迁入、迁出含${inside}村(社区)之间的迁移,${whole}的迁入、迁出不含${inside}迁移,故各村(社区)之和可能大于${whole}。`, blanks]
  };
  const hasRate = (row: VillageYearRow) => row.birth_rate != null || row.death_rate != null || row.natural_growth_rate != null;
  const eventFlags = flagNote([
    [`出生或死亡人数不足${minReliableCount}人`, (row) => hasRate(row) && (isSmallCount(row.births) || isSmallCount(row.deaths))],
    [`年平均人口不足${smallBase}人`, (row) => hasRate(row) && smallAvg(row)]
  ]);
  if (eventFlags) events.footnotes.push(eventFlags);
  return {population, events};
}
