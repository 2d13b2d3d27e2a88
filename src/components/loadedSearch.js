/**
 * loadedSearch is the page's query string as it was loaded ("?year=2013&indicator=x"), before
 * writeUrlParams rewrites it to the view shown; "" outside a browser. The notices on a link's values
 * (urlParamNotice, urlListNotice) read it, so they name what the link asked for, not what is shown.
 */
export const loadedSearch = typeof location === "undefined" ? "" : location.search;
