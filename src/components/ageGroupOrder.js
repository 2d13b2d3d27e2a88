/** ageGroupOrder(group) sorts "0-4", "5-9", …, "85+" by their first age (unknown groups last). */
export function ageGroupOrder(group) {
  const start = parseInt(String(group), 10);
  return Number.isNaN(start) ? Infinity : start;
}
