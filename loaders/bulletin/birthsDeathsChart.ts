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
    // The most and fewest, and "every year", are said only of a series with every year known: a year
    // without a value (blanked by --min-cell, which blanks the smallest counts) could be either.
    const complete = (key: "births" | "deaths") => data.every((p) => p[key] != null);
    const births = complete("births") ? extremes(data, "births") : undefined;
    const deaths = complete("deaths") ? extremes(data, "deaths") : undefined;
    const most = [
      births && `出生人口最多的是${births.max.year}年(${formatCount(births.max.births)}),最少的是${births.min.year}年(${formatCount(births.min.births)})`,
      deaths && `死亡人口最多的是${deaths.max.year}年(${formatCount(deaths.max.deaths)}),最少的是${deaths.min.year}年(${formatCount(deaths.min.deaths)})`
    ].filter(Boolean);
    if (most.length > 0) parts.push(`${most.join(";")}。`);
    const deficit = data.filter((p) => p.births != null && p.deaths != null && p.deaths > p.births).map((p) => p.year);
    const missing = data.filter((p) => p.births == null || p.deaths == null).length;
    if (deficit.length > 0) parts.push(`死亡人口多于出生人口的年份有${deficit.length}个${missing > 0 ? "(不含无数据的年份)" : ""}。`);
    else if (missing === 0) parts.push("各年出生人口均不少于死亡人口。");
    if (missing > 0) parts.push(`有${missing}个年份的出生或死亡人口无数据。`);
  }
  return {kind: "chart", id: "birthsDeaths", title: `图1 ${span}${whole}出生和死亡人口`, alt: parts.join(""), data};
}
