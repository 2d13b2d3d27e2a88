import {html} from "npm:htl";
import {changedSinceLoad} from "./changedSinceLoad.js";
import {urlParamNotice} from "./urlParamNotice.js";

/**
 * ParamNotice(name, allowed, value, {label, fallback, format, range}) is the line a page shows under its
 * controls when its link's ?name= is not one of `allowed` (urlParamNotice), while the control still
 * shows what readUrlParam fell back to: "链接中的情景“bad”不在数据中(可选中方案、低方案),已显示中方案。";
 * nothing (an empty fragment) otherwise, and from the moment another value is chosen on, even when the
 * fallback is chosen again (changedSinceLoad). label: the control's label (default name); fallback: the
 * value readUrlParam fell back to (default allowed[0]); format: how the control writes a value (default
 * String); range: what may be chosen, in words, where it is short — a string, or true for every allowed
 * value as format writes it, joined by 、 (default none). The line is not printed (style.css), as the
 * controls are not. A page displays what it returns each time `value` changes, the empty fragment
 * included: Framework removes a cell's earlier output only when the cell displays something anew.
 */
export function ParamNotice(name, allowed, value, {label = name, fallback = allowed[0], format = String, range = ""} = {}) {
  const text = urlParamNotice(name, allowed, {label, shown: fallback == null ? "" : format(fallback), range: range === true ? allowed.map(format).join("、") : range});
  const changed = changedSinceLoad(name, value === fallback);
  return text && !changed ? html`<p class="url-notice" role="status">${text}</p>` : document.createDocumentFragment();
}
