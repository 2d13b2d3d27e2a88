import {ParamNotice} from "./paramNotice.js";

/**
 * YearParamNotice(years, year, {fallback}) is the notice a page shows when its link's ?year= is not
 * one of `years` (ParamNotice): "链接中的年份“2013”不在数据中(可选2014—2025年),已显示2025年。",
 * while the page still shows the year it fell back to (`fallback`, by default years[0], the latest);
 * nothing (an empty fragment) otherwise, and once another year has been chosen.
 */
export function YearParamNotice(years, year, {fallback = years[0]} = {}) {
  return ParamNotice("year", years, year, {label: "年份", fallback, format: (y) => `${y}年`, range: `${Math.min(...years)}—${Math.max(...years)}年`});
}
