/**
 * readUrlParam(name, allowed, fallback) is the value of ?name= in the page URL when it is one of
 * `allowed` (compared as text; the matching allowed value is returned, so numbers stay numbers),
 * else `fallback`. A link therefore reproduces the view, and a stale link falls back safely.
 */
export function readUrlParam(name, allowed, fallback) {
  const value = new URLSearchParams(location.search).get(name);
  if (value == null) return fallback;
  const match = allowed.find((d) => String(d) === value);
  return match === undefined ? fallback : match;
}
