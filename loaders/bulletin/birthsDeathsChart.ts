import {formatCount} from "./formatCount.ts";
import type {SectionContext} from "./sectionContext.ts";
import type {BirthsDeathsPoint, BulletinChart} from "./types.ts";

/** Extremes of a series (first year wins a tie), or undefined when no year has a value. */
function extremes(points: BirthsDeathsPoint[], key: "births" | "deaths") {
  const known = points.filter((p) => p[key] != null) as (BirthsDeathsPoint & Record<typeof key, number>)[];
  if (known.length === 0) return undefined;
  let max = known[0];
  let min = known[0];
  for (const p of known) {
    if (p[key] > max[key]) max = p;
    if (p[key] < min[key]) min = p;
  }
  return {max, min};
}

/** 图1: town births and deaths of every year up to the bulletin's, with its text alternative. */
export function birthsDeathsChart({year, whole, townSeries}: SectionContext): BulletinChart {
  const data: BirthsDeathsPoint[] = townSeries.map((row) => ({year: row.year, births: row.births, deaths: row.deaths}));
  const firstYear = data[0]?.year ?? year;
  const span = firstYear === year ? `${year}年` : `${firstYear}—${year}年`;
  const current = data.find((p) => p.year === year);
  const parts = [data.length > 1 ? `图中为${span}${whole}每年的出生人口和死亡人口。` : `图中为${span}${whole}的出生人口和死亡人口。`];
  if (current) parts.push(`${year}年出生${formatCount(current.births)},死亡${formatCount(current.deaths)}。`);
  if (data.length > 1) {
    const births = extremes(data, "births");
    const deaths = extremes(data, "deaths");
    if (births)
      parts.push(
        `出生人口最多的是${births.max.year}年(${formatCount(births.max.births)}),最少的是${births.min.year}年(${formatCount(births.min.births)});`
      );
    if (deaths)
      parts.push(
        `死亡人口最多的是${deaths.max.year}年(${formatCount(deaths.max.deaths)}),最少的是${deaths.min.year}年(${formatCount(deaths.min.deaths)})。`
      );
    const deficit = data.filter((p) => p.births != null && p.deaths != null && p.deaths > p.births).map((p) => p.year);
    parts.push(deficit.length === 0 ? "各年出生人口均不少于死亡人口。" : `死亡人口多于出生人口的年份有${deficit.length}个。`);
  }
  return {kind: "chart", id: "birthsDeaths", title: `图1 ${span}${whole}出生和死亡人口`, alt: parts.join("").replace(/;$/, "。"), data};
}
