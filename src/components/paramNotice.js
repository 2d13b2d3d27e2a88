import {html} from "npm:htl";
import {urlParamNotice} from "./urlParamNotice.js";

/**
 * ParamNotice(name, allowed, value, {label, fallback, format, range}) is the line a page shows under its
 * controls when its link's ?name= is not one of `allowed` (urlParamNotice), while the control still
 * shows what readUrlParam fell back to: "链接中的情景“bad”不在数据中(可选中方案、低方案),已显示中方案。";
 * null otherwise, and once another value is chosen. label: the control's label (default name);
 * fallback: the value readUrlParam fell back to (default allowed[0]); format: how the control writes a
 * value (default String); range: what may be chosen, in words, where it is short — a string, or true
 * for every allowed value as format writes it, joined by 、 (default none). The line is not printed
 * (style.css), as the controls are not.
 */
export function ParamNotice(name, allowed, value, {label = name, fallback = allowed[0], format = String, range = ""} = {}) {
  const text = urlParamNotice(name, allowed, {label, shown: fallback == null ? "" : format(fallback), range: range === true ? allowed.map(format).join("、") : range});
  return text && value === fallback ? html`<p class="url-notice" role="status">${text}</p>` : null;
}
