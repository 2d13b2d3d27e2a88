import {agePyramidChart} from "./agePyramidChart.ts";
import {changePhrase} from "./changePhrase.ts";
import {clauses} from "./clauses.ts";
import {formatPercent} from "./formatPercent.ts";
import {groupClause} from "./groupClause.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BulletinBlock, BulletinSection} from "./types.ts";
import {valueClause} from "./valueClause.ts";

/** Thresholds of the 65+ share (%) and their names, highest first. */
const ageingStages: [number, string][] = [
  [20, "超老龄社会"],
  [14, "深度老龄化社会"],
  [7, "老龄化社会"]
];

/** pop_15_59's share of pop_end in % (village_year has no column for it), or null when it cannot be computed. */
function share15to59(row: SectionContext["town"] | undefined): number | null {
  return row?.pop_15_59 != null && row.pop_end != null && row.pop_end > 0 ? (row.pop_15_59 / row.pop_end) * 100 : null;
}

/**
 * 四、年龄构成: in the style guide's order, 0—14岁, 15—64岁 (其中15—59岁), 65岁及以上 and 60岁及以上, each as
 * count, share and change in 个百分点; dependency ratios, ageing, 图2.
 */
export function sectionAge(context: SectionContext): BulletinSection {
  const {year, whole, town, previous, note} = context;
  const working = groupClause("15—64岁人口", town.pop_15_64, town.share_15_64, previous?.share_15_64);
  const within = groupClause("15—59岁人口", town.pop_15_59, share15to59(town), share15to59(previous));
  const groups = [
    groupClause("0—14岁人口", town.pop_0_14, town.share_0_14, previous?.share_0_14),
    // 其中 of a group the text has no figure for would read "15—64岁人口无数据,其中…".
    town.pop_15_64 == null ? working : `${working},其中${within}`,
    groupClause("65岁及以上人口", town.pop_65_plus, town.share_65_plus, previous?.share_65_plus),
    groupClause("60岁及以上人口", town.pop_60_plus, town.share_60_plus, previous?.share_60_plus)
  ].join(";");
  let text = `${year}年末常住人口中${note("rounding")},${groups}。`;
  text += `${clauses(
    valueClause(`总抚养比${note("dependency")}`, formatPercent(town.dependency_ratio)),
    changePhrase(town.dependency_ratio, previous?.dependency_ratio, "percent")
  )},其中${valueClause("少儿抚养比", formatPercent(town.child_dependency_ratio))},${valueClause(
    "老年抚养比",
    formatPercent(town.old_dependency_ratio)
  )}。`;
  const share65 = town.share_65_plus;
  const stage = share65 == null ? undefined : ageingStages.find(([threshold]) => share65 >= threshold);
  if (stage) {
    text += `${whole}65岁及以上人口比重在${stage[0]}%以上,按国际通行标准已属${stage[1]}${note("ageing")}。`;
  }
  const blocks: BulletinBlock[] = [{kind: "paragraph", text}];
  const pyramid = agePyramidChart(context);
  if (pyramid) blocks.push(pyramid);
  return {number: "四", heading: "年龄构成", blocks};
}
