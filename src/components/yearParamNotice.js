import {html} from "npm:htl";
import {urlParamNotice} from "./urlParamNotice.js";

/**
 * YearParamNotice(years, year, {fallback}) is the notice a page shows when its link's ?year= is not
 * one of `years` (urlParamNotice): "链接中的年份“2013”不在数据中(可选2014—2025年),已显示2025年。",
 * while the page still shows the year it fell back to (`fallback`, by default years[0], the latest);
 * null otherwise, and once another year is chosen.
 */
export function YearParamNotice(years, year, {fallback = years[0]} = {}) {
  const text = urlParamNotice("year", years, {label: "年份", shown: `${fallback}年`, range: `${Math.min(...years)}—${Math.max(...years)}年`});
  return text && year === fallback ? html`<p class="url-notice" role="status">${text}</p>` : null;
}
