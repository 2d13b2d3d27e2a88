/** ageGroupOrder(group) sorts "0-4", "5-9", …, "85+" by their first age (unknown groups last). */
export function ageGroupOrder(group) {
  const start = parseInt(String(group), 10);
  return Number.isNaN(start) ? Infinity : start;
}

/**
 * ageGroupLabel(group) writes a group as bulletins do: "0-4" → "0—4岁", "85+" → "85岁及以上" (the
 * bulletin's loaders/bulletin/ageGroupLabel.ts; tests/site/changeWording.test.ts holds them equal).
 */
export function ageGroupLabel(group) {
  const plus = /^(\d+)\s*\+$/.exec(group);
  if (plus) return `${plus[1]}岁及以上`;
  return `${String(group).replace(/\s*[-–—~]\s*/, "—")}岁`;
}
