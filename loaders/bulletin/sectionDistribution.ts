import {formatCount} from "./formatCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BulletinSection} from "./types.ts";
import {villageTables} from "./villageTables.ts";

/** 三、地区分布: how many villages and communities, the largest and smallest, and 表1/表2. */
export function sectionDistribution(context: SectionContext): BulletinSection {
  const {year, whole, villages, villageLabels} = context;
  const label = (v: (typeof villages)[number]) => villageLabels.get(v.village_code) ?? v.village_name;
  const villageCount = villages.filter((v) => v.village_type === "village").length;
  const communityCount = villages.filter((v) => v.village_type === "community").length;
  let text = `${year}年末,${whole}共有${villages.length}个村(社区)`;
  if (villageCount + communityCount === villages.length && villages.length > 0) {
    if (communityCount === 0) text += ",均为村";
    else if (villageCount === 0) text += ",均为社区";
    else text += `,其中村${villageCount}个、社区${communityCount}个`;
  }
  text += "。";
  const known = villages.filter((v) => v.pop_end != null);
  if (known.length > 1) {
    // Ties go to the lower village code (the rows are in code order and only a strictly larger value wins).
    let largest = known[0];
    let smallest = known[0];
    for (const v of known) {
      if ((v.pop_end as number) > (largest.pop_end as number)) largest = v;
      if ((v.pop_end as number) < (smallest.pop_end as number)) smallest = v;
    }
    text +=
      `常住人口最多的是${label(largest)}(${formatCount(largest.pop_end)}),` +
      `最少的是${label(smallest)}(${formatCount(smallest.pop_end)})。`;
  }
  text += "各村(社区)人口情况见表1,人口变动情况见表2。";
  const {population, events} = villageTables(context);
  return {number: "三", heading: "地区分布", blocks: [{kind: "paragraph", text}, population, events]};
}
