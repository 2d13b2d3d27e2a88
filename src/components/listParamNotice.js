import {html} from "npm:htl";
import {changedSinceLoad} from "./changedSinceLoad.js";
import {loadedSearch} from "./loadedSearch.js";
import {urlList} from "./readUrlList.js";
import {urlListNotice} from "./urlListNotice.js";

/**
 * ListParamNotice(name, allowed, selected, {label, fallback, format}) is ParamNotice for a list
 * parameter read with readUrlList(name, allowed, fallback): the line naming the link's entries not in
 * `allowed` and what is shown instead (urlListNotice), while `selected` is still the list readUrlList
 * gave (same values, same order); nothing (an empty fragment) otherwise, and from the moment another
 * choice is made on, even when the same list is chosen again (changedSinceLoad).
 */
export function ListParamNotice(name, allowed, selected, {label = name, fallback = [], format = String} = {}) {
  const text = urlListNotice(name, allowed, {label, fallback, format});
  const read = urlList(new URLSearchParams(loadedSearch).get(name), allowed, fallback);
  const unchanged = read.length === selected.length && read.every((d, i) => d === selected[i]);
  return text && !changedSinceLoad(name, unchanged) ? html`<p class="url-notice" role="status">${text}</p>` : document.createDocumentFragment();
}
