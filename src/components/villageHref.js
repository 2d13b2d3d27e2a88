// Same rule as loaders/site/villagePaths.ts, which decides which village pages are built.
const safeCode = /^[A-Za-z0-9_-]+$/;

/**
 * villageHref(code, {from}) is the link to a village's own page, relative to the page `from`
 * ("root" for top-level pages, "village" for pages under /villages/), or null when that village
 * has no page (the town, or a code that cannot be a URL segment as it is).
 */
export function villageHref(code, {from = "root"} = {}) {
  if (code == null || code === "TOWN" || !safeCode.test(code)) return null;
  return from === "village" ? `./${code}.html` : `./villages/${code}.html`;
}
