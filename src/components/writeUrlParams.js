import {carryYearInLinks} from "./carryYearInLinks.js";
import {setUrlParams} from "./setUrlParams.js";

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

/** urlWithParams(href, params) is href with params set as setUrlParams sets them. */
export function urlWithParams(href, params) {
  const url = new URL(href);
  setUrlParams(url.searchParams, params);
  return url.href;
}
