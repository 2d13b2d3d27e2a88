import {accuracySentence} from "./accuracySentence.js";
import {pooledCoverage} from "./pooledCoverage.js";

/**
 * coverageInTimeOrder(accuracy, {method, sizeClass}) is how often the 80% interval of `method` held the
 * actual population for areas of `sizeClass` when the backtest is scored in time order: {n, inside, share}
 * (pooledCoverage of coverage_80_prospective weighted by n_prospective) over the rows of
 * projection_accuracy.csv that accuracySentence reports on (falling back to all_villages as it does);
 * null when none could be scored so. intervalSideNote gives it after an interval lying on one side of
 * its projection, on 人口预测 and on a village's page alike.
 *
 * coverageInTimeOrder(accuracy, {method: "cohort_component", sizeClass: "TOWN"}) // {n: 40, inside: 10, share: 0.25}
 */
export function coverageInTimeOrder(accuracy, {method, sizeClass}) {
  return pooledCoverage(accuracySentence(accuracy, {method, sizeClass}).rows, {share: "coverage_80_prospective", count: "n_prospective"});
}
