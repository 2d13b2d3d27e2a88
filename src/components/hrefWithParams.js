import {setUrlParams} from "./setUrlParams.js";

/**
 * hrefWithParams(path, params) is a relative link to `path` carrying the view's state in its query
 * string ("./villages.html?year=2020&indicator=death_rate"), so the page it opens shows the same year
 * and indicator. Values are written as setUrlParams writes them (a null, undefined or empty value is
 * left out); no params give `path` as it is.
 */
export function hrefWithParams(path, params = {}) {
  const text = setUrlParams(new URLSearchParams(), params).toString();
  return text ? `${path}?${text}` : path;
}
