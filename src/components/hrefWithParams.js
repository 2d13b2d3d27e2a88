/**
 * hrefWithParams(path, params) is a relative link to `path` carrying the view's state in its query
 * string ("./villages.html?year=2020&indicator=death_rate"), so the page it opens shows the same year
 * and indicator. A null, undefined or empty value is left out; no params give `path` as it is.
 */
export function hrefWithParams(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value != null && value !== "") query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
