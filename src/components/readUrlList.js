/**
 * readUrlList(name, allowed, fallback) is the comma-separated list ?name=a,b in the page URL,
 * keeping only values in `allowed` (as text), or `fallback` when none is left.
 */
export function readUrlList(name, allowed, fallback = []) {
  const value = new URLSearchParams(location.search).get(name);
  if (value == null) return fallback;
  const wanted = new Set(value.split(","));
  const list = allowed.filter((d) => wanted.has(String(d)));
  return list.length ? list : fallback;
}
