/** Room left beyond a target bound that lies outside every value, as a share of the span. */
const targetRoom = 0.15;

/**
 * trendDomain(values, check, {zero, within}) is the y domain of a trend chart: it spans the values
 * drawn as lines, the numbers `within` (the town's interval ends) and the target's bounds
 * (check.value, check.value_high), padded by 5% of the span, and reaches 0 when `zero` (counts and
 * rates; not ratios such as the sex ratio, which sit near 100). A target bound beyond every value
 * (a birth rate target of 15 over rates of 4 to 12) gets 15% of the span beyond it instead, so the
 * target's edge is seen inside the plot, not at its border (the band would otherwise fill the whole
 * plot). Only the interval ends the caller passes in `within` count: the town's interval (76–146 for
 * a sex ratio at birth on 220 births) is drawn whole so its width can be read, while a village's
 * Wilson interval can reach 2000 and would flatten every line, so villages' intervals are clipped at
 * this domain. Null, NaN and infinite numbers are skipped. No value gives [0, 1].
 */
export function trendDomain(values, check, {zero = true, within = []} = {}) {
  const drawn = values.concat(within).filter((v) => v != null && Number.isFinite(Number(v))).map(Number);
  const bounds = [check?.value, check?.value_high].filter((v) => v != null && Number.isFinite(Number(v))).map(Number);
  const all = drawn.concat(bounds);
  if (!all.length) return [0, 1];
  let [min, max] = [Math.min(...all), Math.max(...all)];
  if (zero) [min, max] = [Math.min(0, min), Math.max(0, max)];
  const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 1;
  const beyond = (bound, side) => bounds.includes(bound) && drawn.every((v) => side * (bound - v) > 0);
  const padHigh = beyond(max, 1) ? (max - min) * targetRoom || pad : pad;
  const padLow = beyond(min, -1) ? (max - min) * targetRoom || pad : pad;
  return [zero && min === 0 ? 0 : min - padLow, zero && max === 0 ? 0 : max + padHigh];
}
