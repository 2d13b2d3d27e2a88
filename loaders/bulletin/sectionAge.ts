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

/** 四、年龄构成: broad age groups with shares and their change in 个百分点, dependency ratios, ageing, 图2. */
export function sectionAge(context: SectionContext): BulletinSection {
  const {year, whole, town, previous, note} = context;
  const groups = [
    groupClause("0—14岁人口", town.pop_0_14, town.share_0_14, previous?.share_0_14),
    groupClause("15—64岁人口", town.pop_15_64, town.share_15_64, previous?.share_15_64),
    groupClause("65岁及以上人口", town.pop_65_plus, town.share_65_plus, previous?.share_65_plus)
  ].join(";");
  const share15to59 =
    town.pop_15_59 != null && town.pop_end != null && town.pop_end > 0 ? (town.pop_15_59 / town.pop_end) * 100 : null;
  const older = [
    groupClause("60岁及以上人口", town.pop_60_plus, town.share_60_plus, previous?.share_60_plus),
    groupClause("15—59岁人口", town.pop_15_59, share15to59)
  ].join(";");
  let text = `${year}年末常住人口中${note("rounding")},${groups}。${older}。`;
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
