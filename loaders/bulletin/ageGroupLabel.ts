/** "0-4" → "0—4岁"; "85+" → "85岁及以上". */
export function ageGroupLabel(group: string): string {
  const plus = /^(\d+)\s*\+$/.exec(group);
  if (plus) return `${plus[1]}岁及以上`;
  return `${group.replace(/\s*[-–—~]\s*/, "—")}岁`;
}
