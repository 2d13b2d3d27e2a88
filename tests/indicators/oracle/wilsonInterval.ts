/**
 * wilsonInterval(successes, n, z) is the Wilson score interval [low, high] of the share
 * successes / n (Wilson 1927; Newcombe 1998, method 3), within [0, 1] (at successes = 0 or n the
 * bound is 0 or 1, which rounding would otherwise miss by about 1e-15). Undefined when n = 0.
 */
export function wilsonInterval(successes: number, n: number, z: number): [number, number] | undefined {
  if (n === 0) return undefined;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
