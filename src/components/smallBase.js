/**
 * minReliableCount is the fewest people a rate may rest on and still be read or ranked as it stands.
 * It is one threshold with a different justification for each kind of rate:
 * - a rate of events (births, deaths: 出生率, 死亡率, 一般生育率, 总和生育率): a count of n events has a
 *   Poisson relative standard error of 1/√n, more than 22% below 20 events (1/√19 = 22.9%); the U.S.
 *   National Center for Health Statistics does not publish rates resting on fewer than 20 events as
 *   reliable;
 * - a proportion (覆盖率 of the eligible, 符合政策生育率 of the births recorded): its relative error
 *   depends on the share (a coverage of 90% of 19 people is ±7.6% relative), so the rule is stated in
 *   points instead: with fewer than 20 in the denominator one person moves the share by more than 5
 *   percentage points (100/19 = 5.3), and its 95% interval can be ±20 points wide (Wilson, at 50%).
 */
export const minReliableCount = 20;

/** smallBaseRse is the Poisson relative standard error (%) every count below minReliableCount exceeds, 1/√20 floored: 22. */
export const smallBaseRse = Math.floor(100 / Math.sqrt(minReliableCount));

/** smallShareStep is the change (percentage points) one person makes at least in a share of fewer than minReliableCount, 100/19 floored: 5. */
export const smallShareStep = Math.floor(100 / (minReliableCount - 1));

/**
 * smallShareHalfWidth is the half-width (percentage points) the 95% Wilson interval of a share of 50%
 * reaches with minReliableCount − 1 in the denominator, floored: 20 (20.5 exactly).
 */
export const smallShareHalfWidth = Math.floor(wilsonHalfWidth(0.5, minReliableCount - 1) * 100);

function wilsonHalfWidth(p, n, z = 1.959964) {
  return (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
}

/**
 * smallBaseReason is why fewer than minReliableCount is too few, true for each kind of rate: a count
 * of events (relative standard error) and a proportion (one person's step, the interval's width).
 */
export const smallBaseReason = `出生、死亡等事件少于${minReliableCount}例时,比率的相对标准误在${smallBaseRse}%以上;覆盖率、符合政策生育率等比例的分母少于${minReliableCount}人时,一人之差就使比例变动${smallShareStep}个百分点以上,95%区间可宽达±${smallShareHalfWidth}个百分点`;

/**
 * smallBaseNote is the legend's sentence for the flag "基数N": what it marks (a small base, and only
 * that: a verdict whose interval crosses its target says "尚不能确定", targetVerdict.js) and why.
 */
export const smallBaseNote = `"基数N"表示比率所依据的人数(出生、死亡、应服务人数等)只有N,少于${minReliableCount}:${smallBaseReason},比率不稳定,不宜据此排名`;

/** isSmallCount(n) is true for a count below minReliableCount (a missing count is not small). */
export function isSmallCount(n) {
  return n != null && n !== "" && Number.isFinite(Number(n)) && Number(n) < minReliableCount;
}

const countLabels = {births: "出生", deaths: "死亡"};

/**
 * smallBase(row, indicator) is the flag of a rate resting on too few people: "基数12", or "出生3、死亡5"
 * for a rate resting on two counts; undefined when the base is large enough. A rate is flagged when any
 * of the counts it rests on (indicator.count, a column or a list of columns) is below minReliableCount,
 * and only then: a verdict uncertain on a large base (its interval crosses the target) is the
 * verdict's doubt ("尚不能确定", targetVerdict.js), not a small base. No flag without a value, without
 * indicator.count, or while a count is missing (blanked by small-cell suppression).
 */
export function smallBase(row, indicator) {
  if (!indicator?.count || row?.[indicator.key] == null) return undefined;
  const keys = [indicator.count].flat();
  if (keys.some((key) => row[key] == null || row[key] === "")) return undefined;
  if (!keys.some((key) => isSmallCount(row[key]))) return undefined;
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
