/**
 * Signed percentage errors 100 · (forecast − actual) / actual of paired values, leaving out pairs whose
 * actual is not positive or either value is not finite (the percentage is undefined there).
 * Shared by {@link mape}, {@link medianApe} and {@link malpe}.
 */
export function percentErrors(actual: readonly number[], forecast: readonly number[]): number[] {
  const out: number[] = [];
  const n = Math.min(actual.length, forecast.length);
  for (let i = 0; i < n; ++i) {
    const a = actual[i];
    const f = forecast[i];
    if (Number.isFinite(a) && Number.isFinite(f) && a > 0) out.push((100 * (f - a)) / a);
  }
  return out;
}
