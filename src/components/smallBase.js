/**
 * minReliableCount is the fewest events (births, deaths, people eligible…) a rate may rest on and
 * still be read or ranked as it stands. A count of n events has a relative standard error of about
 * 1/√n, above 23% below 20 events: the U.S. National Center for Health Statistics does not publish
 * rates resting on fewer than 20 events as reliable (RSE of 23% or more), and this site flags them.
 */
export const minReliableCount = 20;

/** smallBaseRse is the relative standard error (%) of a rate on minReliableCount − 1 events, 1/√n: 23. */
export const smallBaseRse = Math.round(100 / Math.sqrt(minReliableCount - 1));

/**
 * smallBaseNote is the legend's sentence for the flag, with the threshold, and the flag's second case
 * (smallBase: a verdict inconclusive for small numbers), without which "基数214" would contradict it.
 */
export const smallBaseNote = `"基数"表示比率所依据的人数(出生、死亡、应服务人数等)少于${minReliableCount}人,相对标准误在${smallBaseRse}%以上,比率不稳定,不宜据此排名;人数不少于${minReliableCount}人而仍标"基数"的,是其95%区间跨越目标两侧,达标与否尚无定论(样本小)`;

/** isSmallCount(n) is true for a count below minReliableCount (a missing count is not small). */
export function isSmallCount(n) {
  return n != null && n !== "" && Number.isFinite(Number(n)) && Number(n) < minReliableCount;
}

const countLabels = {births: "出生", deaths: "死亡"};

/**
 * smallBase(row, indicator, check) is the flag of a rate resting on too few events: "基数12", or
 * "出生3、死亡5" for a rate resting on two counts; undefined when the base is large enough. A rate is
 * flagged when any of the counts it rests on (indicator.count, a column or a list of columns) is below
 * minReliableCount, or when the target check calls it inconclusive for small numbers. No flag without
 * a value, without indicator.count, or while a count is missing (blanked by small-cell suppression).
 */
export function smallBase(row, indicator, check) {
  if (!indicator?.count || row?.[indicator.key] == null) return undefined;
  const keys = [indicator.count].flat();
  if (keys.some((key) => row[key] == null || row[key] === "")) return undefined;
  const inconclusive = check?.conclusive === false && (check.inconclusive_reason ?? "small_numbers") === "small_numbers";
  if (!inconclusive && !keys.some((key) => isSmallCount(row[key]))) return undefined;
  return keys.length === 1 ? `基数${row[keys[0]]}` : keys.map((key) => `${countLabels[key] ?? key}${row[key]}`).join("、");
}

/** withSmallBase(text, base) is text followed by its small-base label in brackets, when there is one. */
export function withSmallBase(text, base) {
  return base ? `${text}(${base})` : text;
}

/** withUnstableBase(text, base) is a chart tip's text with its small-base warning, "…(基数10,比率不稳定)", when there is one. */
export function withUnstableBase(text, base) {
  return base ? `${text}(${base},比率不稳定)` : text;
}
