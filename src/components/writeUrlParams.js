/**
 * writeUrlParams(params) puts the view's state into the query string with history.replaceState
 * (no reload, no new history entry). null or undefined removes a parameter.
 */
export function writeUrlParams(params) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) {
    if (value == null || value === "") url.searchParams.delete(name);
    else url.searchParams.set(name, String(value));
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url.href);
}
