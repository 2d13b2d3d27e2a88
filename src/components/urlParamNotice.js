import {loadedSearch} from "./loadedSearch.js";

/**
 * urlParamNotice(name, allowed, {label, shown, range, search}) is the one-line notice for a link whose ?name=
 * is not one of `allowed` (compared as text, as readUrlParam does), which readUrlParam silently replaced:
 * "链接中的年份“2013”不在数据中(可选2014—2025年),已显示2025年。". label names the parameter, shown what
 * is displayed instead (none: the line ends there), range (optional, where it is short) what may be chosen. "" when the link has no
 * such parameter or a valid one. search: the query string, by default the page's as loaded
 * (loadedSearch). For a list parameter, see urlListNotice; for the line a page shows, ParamNotice.
 *
 * urlParamNotice("year", [2025, 2024], {label: "年份", shown: "2025年", search: "?year=2013"})
 * // "链接中的年份“2013”不在数据中,已显示2025年。"
 */
export function urlParamNotice(name, allowed, {label = name, shown = "", range = "", search = loadedSearch} = {}) {
  const value = new URLSearchParams(search).get(name);
  if (value == null || allowed.some((d) => String(d) === value)) return "";
  return `链接中的${label}“${value}”不在数据中${range ? `(可选${range})` : ""}${shown ? `,已显示${shown}` : ""}。`;
}
