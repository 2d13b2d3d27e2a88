/**
 * readUrlList(name, allowed, fallback) is the comma-separated list ?name=a,b in the page URL,
 * keeping only values in `allowed` (as text), or `fallback` when the parameter is absent or names
 * nothing allowed. An empty parameter (?name=, written by writeUrlParams for an empty array) is an
 * explicit empty choice: [].
 */
export function readUrlList(name, allowed, fallback = []) {
  return urlList(new URLSearchParams(location.search).get(name), allowed, fallback);
}

/** urlList(value, allowed, fallback) reads one parameter's value (null when absent) as readUrlList does. */
export function urlList(value, allowed, fallback = []) {
  if (value == null) return fallback;
  if (value === "") return [];
  const wanted = new Set(value.split(","));
  const list = allowed.filter((d) => wanted.has(String(d)));
  return list.length ? list : fallback;
}
