import {hrefWithParams} from "./hrefWithParams.js";

// Same rule as loaders/site/villagePaths.ts, which decides which village pages are built.
const safeCode = /^[A-Za-z0-9_-]+$/;

/**
 * villageHref(code, {from, params}) is the link to a village's own page, relative to the page `from`
 * ("root" for top-level pages, "village" for pages under /villages/), or null when that village
 * has no page (the town, or a code that cannot be a URL segment as it is). `params` (e.g. {year,
 * indicator}) go into its query string, so the village page opens on the year and indicator the
 * reader was looking at.
 */
export function villageHref(code, {from = "root", params = {}} = {}) {
  if (code == null || code === "TOWN" || !safeCode.test(code)) return null;
  return hrefWithParams(from === "village" ? `./${code}.html` : `./villages/${code}.html`, params);
}
