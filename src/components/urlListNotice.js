import {loadedSearch} from "./loadedSearch.js";
import {urlList} from "./readUrlList.js";

/**
 * urlListNotice(name, allowed, {label, fallback, format, search}) is the one-line notice for a link
 * whose list ?name=a,b names entries not in `allowed` (compared as text), which readUrlList silently
 * left out: the entries dropped, and that the rest are shown —
 * "链接中的对比村(社区)“999”不在数据中,已略去,显示其余的东山村、西山村。" — or, when none is valid, the
 * `fallback` shown instead: "链接中的对比村(社区)“999”、“998”不在数据中,已显示东山村、西山村、南山村。".
 * label names the parameter, format writes a value shown (default String). "" when the link has no such
 * parameter, an empty one (?name=, an explicit empty choice) or only valid entries; an empty entry
 * (a trailing comma) is not named. search: the query string, by default the page's as loaded.
 *
 * urlListNotice("villages", ["001", "002"], {label: "对比村", fallback: ["001"], search: "?villages=002,999"})
 * // "链接中的对比村“999”不在数据中,已略去,显示其余的002。"
 */
export function urlListNotice(name, allowed, {label = name, fallback = [], format = String, search = loadedSearch} = {}) {
  const value = new URLSearchParams(search).get(name);
  if (value == null || value === "") return "";
  const known = new Set(allowed.map(String));
  const entries = value.split(",").filter((d) => d !== "");
  const dropped = Array.from(new Set(entries.filter((d) => !known.has(d))));
  if (!dropped.length) return "";
  const named = `链接中的${label}${dropped.map((d) => `“${d}”`).join("、")}不在数据中`;
  const shown = urlList(value, allowed, fallback).map(format).join("、");
  if (entries.some((d) => known.has(d))) return `${named},已略去,显示其余的${shown}。`;
  return shown ? `${named},已显示${shown}。` : `${named},已略去。`;
}
