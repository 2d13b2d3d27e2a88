/**
 * trendDomain(values, check, {zero}) is the y domain of a trend chart: it spans the values drawn as
 * lines and the target's bounds (check.value, check.value_high), padded by 5% of the span, and
 * reaches 0 when `zero` (counts and rates; not ratios such as the sex ratio, which sit near 100).
 * Interval ends are left out on purpose: a village's Wilson interval can reach 2000 and would flatten
 * every line; the intervals are clipped at this domain instead. No value gives [0, 1].
 */
export function trendDomain(values, check, {zero = true} = {}) {
  const all = values.concat(check?.value ?? [], check?.value_high ?? []).filter((v) => v != null && Number.isFinite(Number(v))).map(Number);
  if (!all.length) return [0, 1];
  let [min, max] = [Math.min(...all), Math.max(...all)];
  if (zero) [min, max] = [Math.min(0, min), Math.max(0, max)];
  const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 1;
  return [zero && min === 0 ? 0 : min - pad, zero && max === 0 ? 0 : max + pad];
}
