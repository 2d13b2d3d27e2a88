import {pooledCoverage} from "./pooledCoverage.js";

const groupNames = {
  TOWN: "全镇",
  "<500": "人口不足500人的村居",
  "500-1999": "人口500—1999人的村居",
  "2000+": "人口2000人及以上的村居",
  all_villages: "村居"
};

/**
 * accuracySentence(accuracy, {method, sizeClass, methodName}) says in one plain sentence how accurate
 * `method` has been in the backtest (rows of projection_accuracy.csv) for areas of `sizeClass`
 * (falling back to "all_villages" when that class has no row for the method): the mean error
 * (MAPE) one year ahead and at the longest horizon, and the share of actual values inside the 80%
 * interval over all horizons (coverage weighted by the number of comparisons). A few dozen
 * comparisons do not support two decimals: errors are given to one decimal, the coverage as a
 * whole percentage with the counts it comes from. Returns
 * {text, sizeClass, rows} (rows used), or {text: null} when the backtest has no row for the method.
 */
export function accuracySentence(accuracy, {method, sizeClass, methodName = method}) {
  const own = (size) => accuracy.filter((d) => d.method === method && d.size_class === size && d.mape != null).sort((a, b) => a.horizon - b.horizon);
  let size = sizeClass;
  let rows = own(size);
  if (!rows.length && size !== "TOWN") rows = own((size = "all_villages"));
  if (!rows.length) return {text: null, sizeClass: size, rows};
  const first = rows[0];
  const last = rows.at(-1);
  const coverage = pooledCoverage(rows, {share: "coverage_80", count: "n"});
  const percent = (value) => `${value.toFixed(1)}%`;
  const errors = last.horizon === first.horizon
    ? `提前${first.horizon}年的平均误差为${percent(first.mape)}`
    : `提前${first.horizon}年的平均误差为${percent(first.mape)},提前${last.horizon}年为${percent(last.mape)}`;
  const inside = coverage == null ? "" : `;实际人口落在80%区间内的有${Math.round(coverage.inside)}次,约占${Math.round(coverage.share * 100)}%`;
  const text = `过去用同样方法(${methodName})预测${groupNames[size] ?? `${size}人的村居`}人口,${errors}${inside}(共${rows.reduce((sum, d) => sum + d.n, 0)}次回测比较)。`;
  return {text, sizeClass: size, rows};
}
