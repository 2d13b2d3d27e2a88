/**
 * setUrlParams(searchParams, params) sets params on a URLSearchParams and returns it: null, undefined
 * or "" removes a parameter; an array is written comma-separated and kept even when empty (?villages=),
 * so that an explicit empty choice survives a reload (readUrlList reads it back as []); any other
 * value is written as text. The one rule for every link and URL the pages write (urlWithParams,
 * hrefWithParams, carryYearInLinks).
 */
export function setUrlParams(searchParams, params = {}) {
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) searchParams.set(name, value.join(","));
    else if (value == null || value === "") searchParams.delete(name);
    else searchParams.set(name, String(value));
  }
  return searchParams;
}
