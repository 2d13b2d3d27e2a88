import {setUrlParams} from "./setUrlParams.js";

/**
 * carryYearInLinks() makes the links of Framework's sidebar (and of its pager, when one is enabled)
 * to this site's pages carry the page's ?year=, or drop it when the page has none: on 村居 at 2020,
 * 项目与经费 in the sidebar opens at 2020. The year is the one parameter every page means the same way
 * (a page that has no year, or does not report the one given, falls back as readUrlParam does); the
 * others (indicator, village, scenario) are carried only by the links pages make themselves
 * (hrefWithParams). Links to another site, download links and links to anything but a page are left
 * as they are. Idempotent: writeUrlParams calls it each time the view changes.
 */
export function carryYearInLinks() {
  const year = new URLSearchParams(location.search).get("year");
  for (const link of document.querySelectorAll("#observablehq-sidebar a[href], .observablehq-pager a[href]")) {
    if (link.hasAttribute("download")) continue;
    const href = link.getAttribute("href");
    const url = new URL(href, location.href);
    // Pages only: "./", "./services.html", "../villages.html" (preserveExtension), never a data file.
    if (url.origin !== location.origin || !/(\/|\.html)$/.test(url.pathname)) continue;
    const [, path, query = "", hash = ""] = href.match(/^([^?#]*)(\?[^#]*)?(#.*)?$/);
    const text = setUrlParams(new URLSearchParams(query), {year}).toString();
    link.setAttribute("href", `${path}${text ? `?${text}` : ""}${hash}`);
  }
}
