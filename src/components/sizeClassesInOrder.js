/**
 * sizeClassesInOrder(classes) is projection_accuracy's size classes as the 人口规模 control lists them:
 * the whole town (TOWN) and all villages (all_villages) first, the scopes a reader starts from, then the
 * villages' size classes from small to large by their lower bound ("<500", "500-1999", "2000+"), not in
 * the file's order, which put 2000+ first. A class of another form keeps its place after these.
 */
export function sizeClassesInOrder(classes) {
  const rank = (c) => (c === "TOWN" ? -2 : c === "all_villages" ? -1 : c.startsWith("<") ? 0 : /^\d+/.test(c) ? Number(c.match(/^\d+/)[0]) : Infinity);
  return classes.map((c, i) => [c, i]).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([c]) => c);
}
