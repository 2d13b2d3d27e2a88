/**
 * scopeNames(region): how the text names the whole area, from the last character of its name:
 * "青石镇" → {whole: "全镇", self: "本镇"}; "某某乡" → {whole: "全乡", self: "本乡"};
 * a name without such an ending (or "全镇" itself) → the town forms.
 */
export function scopeNames(region: string): {whole: string; self: string} {
  const name = region.trim();
  if (name.endsWith("街道")) return {whole: "全街道", self: "本街道"};
  const last = name.slice(-1);
  if (["镇", "乡", "县", "市", "区"].includes(last)) return {whole: `全${last}`, self: `本${last}`};
  return {whole: "全镇", self: "本镇"};
}
