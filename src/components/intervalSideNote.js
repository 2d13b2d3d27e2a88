/** Share of the interval's width within which the projection counts as sitting at one end. */
const edge = 0.02;

/**
 * intervalSideNote(row) explains a projection that sits at an end of its 80% interval (a row with
 * population, lower_80, upper_80): the interval comes from the backtest's errors for areas like this
 * one, widened to contain the projection, so it lies on one side when those errors all went one way.
 * Returns "" when the projection lies inside its interval or there is none.
 */
export function intervalSideNote(row) {
  if (!row || row.population == null || row.lower_80 == null || row.upper_80 == null) return "";
  const width = row.upper_80 - row.lower_80;
  if (!(width > 0)) return "";
  if (row.upper_80 - row.population <= edge * width) return "回测中这一方法的预测多数偏高,实际人口更可能低于预测值,因此区间位于预测值之下。";
  if (row.population - row.lower_80 <= edge * width) return "回测中这一方法的预测多数偏低,实际人口更可能高于预测值,因此区间位于预测值之上。";
  return "";
}
