import {formatValue} from "./formatValue.js";

/** Share of the interval's width within which the projection counts as sitting at one end. */
const edge = 0.02;

/**
 * intervalSideNote(row, {coverage}) explains a projection that sits at an end of its 80% interval (a row
 * with population, lower_80, upper_80, lower_95, upper_95), so that "按回测误差推算的80%区间为25583—26230人" is not
 * read as "cannot exceed 26230". The interval comes from the backtest's errors for areas like this one,
 * widened to contain the projection: it lies on one side when those errors went one way (nine in ten or
 * more when the 80% bound is the projection, nearly all when the 95% bound is too). The note says so,
 * that the bound is the projection itself and not a limit, and, with `coverage` ({n, inside, share}, the
 * 80% interval's coverage scored in time order, pooledCoverage), how often such an interval held.
 * Returns "" when the projection lies inside its interval or there is none, and when it is 0 at the bottom of
 * its interval: a lower bound of 0 is where every interval stops (no population is negative), not a one-sided
 * history (an emptied village, projected as 0, says so with emptyBaseNote).
 *
 * intervalSideNote({population: 26230, lower_80: 25583, upper_80: 26230, lower_95: 25100, upper_95: 26230}, {coverage: {n: 40, inside: 10, share: 0.25}})
 * // "区间只在预测值以下:回测中该方法的预测几乎全部偏高(实际人口低于预测),所以区间的上限就是预测值本身,并不表示人口不会超过26230人;按时间顺序回测,80%区间覆盖了40次中的10次,约占25%。"
 */
export function intervalSideNote(row, {coverage} = {}) {
  if (!row || row.population == null || row.lower_80 == null || row.upper_80 == null) return "";
  const width = row.upper_80 - row.lower_80;
  if (!(width > 0)) return "";
  const near = (bound) => bound != null && Math.abs(bound - row.population) <= edge * width;
  const top = near(row.upper_80);
  if (!top && !near(row.lower_80)) return "";
  if (!top && row.lower_80 <= 0) return "";
  const many = near(top ? row.upper_95 : row.lower_95) ? "几乎全部" : "绝大多数";
  const shown = formatValue(row.population, "人");
  const side = top
    ? `区间只在预测值以下:回测中该方法的预测${many}偏高(实际人口低于预测),所以区间的上限就是预测值本身,并不表示人口不会超过${shown}`
    : `区间只在预测值以上:回测中该方法的预测${many}偏低(实际人口高于预测),所以区间的下限就是预测值本身,并不表示人口不会低于${shown}`;
  const held = coverage?.n > 0 ? `;按时间顺序回测,80%区间覆盖了${coverage.n}次中的${Math.round(coverage.inside)}次,约占${Math.round(coverage.share * 100)}%` : "";
  return `${side}${held}。`;
}
