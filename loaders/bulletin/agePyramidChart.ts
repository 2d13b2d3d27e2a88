import {ageGroupLabel} from "./ageGroupLabel.ts";
import {formatCount} from "./formatCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BulletinChart, PyramidPoint} from "./types.ts";

const sexLabels: Record<string, string> = {M: "男", F: "女", 男: "男", 女: "女", male: "男", female: "女"};

/** Lower bound of an age group such as "0-4", "15—19" or "85+" (for ordering). */
function groupStart(group: string): number {
  const match = /^(\d+)/.exec(group);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

/**
 * 图2: the town's year-end age pyramid (5-year groups by sex, each with its label "0—4岁" … "85岁及以上"),
 * or undefined without age_sex rows. Its text alternative, printed under the chart, stands on its own:
 * the page's table view of the chart is not printed.
 */
export function agePyramidChart({year, whole, ageSex}: SectionContext): BulletinChart | undefined {
  const data: PyramidPoint[] = ageSex
    .filter((row) => sexLabels[row.sex] !== undefined && row.population != null)
    .map((row) => ({age_group: row.age_group, label: ageGroupLabel(row.age_group), sex: sexLabels[row.sex], population: row.population as number}))
    .sort((a, b) => groupStart(a.age_group) - groupStart(b.age_group) || a.sex.localeCompare(b.sex, "en"));
  if (data.length === 0) return undefined;
  const totals = new Map<string, {male: number; female: number}>();
  for (const point of data) {
    const total = totals.get(point.age_group) ?? {male: 0, female: 0};
    if (point.sex === "男") total.male += point.population;
    else total.female += point.population;
    totals.set(point.age_group, total);
  }
  let largest: [string, {male: number; female: number}] | undefined;
  for (const entry of totals) {
    if (!largest || entry[1].male + entry[1].female > largest[1].male + largest[1].female) largest = entry;
  }
  const [group, counts] = largest as [string, {male: number; female: number}];
  const alt =
    `图中为${year}年末${whole}常住人口按5岁年龄组和性别的分布,左侧为男性,右侧为女性。` +
    `人数最多的年龄组是${ageGroupLabel(group)},共${formatCount(counts.male + counts.female)},` +
    `其中男性${formatCount(counts.male)},女性${formatCount(counts.female)}。`;
  return {kind: "chart", id: "agePyramid", title: `图2 ${year}年末${whole}常住人口年龄金字塔`, alt, data};
}
