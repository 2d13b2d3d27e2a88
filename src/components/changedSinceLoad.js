/** The parameters whose control has shown another value than the link's since the page loaded. */
const changed = new Set();

/**
 * changedSinceLoad(name, unchanged) is whether the control of the link's ?name= has shown another value
 * since the page loaded: false as long as every call for `name` said `unchanged` (the control still shows
 * what the link gave), true from the first call that did not, for the rest of the page's life. The
 * notices on a link's values (ParamNotice, ListParamNotice) use it, so that once the user has changed a
 * control, choosing the value the page fell back to again does not bring the link's notice back.
 * Call it each time the control's value changes (the notice's cell runs again with it).
 *
 * changedSinceLoad("scenario", true)  // false
 * changedSinceLoad("scenario", false) // true
 * changedSinceLoad("scenario", true)  // true
 */
export function changedSinceLoad(name, unchanged) {
  if (!unchanged) changed.add(name);
  return changed.has(name);
}
