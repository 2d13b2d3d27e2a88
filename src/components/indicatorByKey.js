import {indicators} from "./indicators.js";

const byKey = new Map(indicators.map((d) => [d.key, d]));

/** indicatorByKey(key) is the display metadata of one village_year column (label, unit), or a bare entry. */
export function indicatorByKey(key) {
  return byKey.get(key) ?? {key, label: key, unit: ""};
}
