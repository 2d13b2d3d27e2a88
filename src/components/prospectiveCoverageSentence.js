import {pooledCoverage} from "./pooledCoverage.js";

/**
 * prospectiveCoverageSentence(rows) says in one short sentence how often the 80% interval held the actual
 * population when the backtest is scored in time order (rows of projection_accuracy.csv for one method and
 * size class, e.g. accuracySentence's `rows`): each forecast's interval built only from the errors known at
 * its base year (coverage_80_prospective, weighted by n_prospective, the forecasts that could be scored so).
 * The leave-one-base-year-out coverage beside it (coverage_80) also learns from later years' errors and reads
 * higher. Counts as whole numbers and the share as a whole percentage, as accuracySentence does.
 * Returns "" when no forecast could be scored in time order.
 *
 * prospectiveCoverageSentence([{coverage_80_prospective: 0.25, n_prospective: 40}])
 * // "按时间顺序回测(每次只用当时已知的误差)时,80%区间覆盖了40次中的10次,约占25%。"
 */
export function prospectiveCoverageSentence(rows) {
  const coverage = pooledCoverage(rows, {share: "coverage_80_prospective", count: "n_prospective"});
  if (coverage == null) return "";
  return `按时间顺序回测(每次只用当时已知的误差)时,80%区间覆盖了${coverage.n}次中的${Math.round(coverage.inside)}次,约占${Math.round(coverage.share * 100)}%。`;
}
