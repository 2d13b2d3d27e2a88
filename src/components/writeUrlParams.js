import {carryYearInLinks} from "./carryYearInLinks.js";

/**
 * writeUrlParams(params) puts the view's state into the query string with history.replaceState
 * (no reload, no new history entry); see urlWithParams for how each value is written. The sidebar's
 * links then carry the year (carryYearInLinks), so another page opens on the same year.
 */
export function writeUrlParams(params) {
  const href = urlWithParams(location.href, params);
  if (href !== location.href) history.replaceState(history.state, "", href);
  carryYearInLinks();
}

/**
 * urlWithParams(href, params) is href with params set: null, undefined or "" removes a parameter; an
 * array is written comma-separated and kept even when empty (?villages=), so that an explicit empty
 * choice survives a reload (readUrlList reads it back as []).
 */
export function urlWithParams(href, params) {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) url.searchParams.set(name, value.join(","));
    else if (value == null || value === "") url.searchParams.delete(name);
    else url.searchParams.set(name, String(value));
  }
  return url.href;
}
