/**
 * yearTicks(years, width, spacing) is the years to label on a chart's year axis `width` pixels wide:
 * every year when each has `spacing` pixels, otherwise every second, third… year from the first, so
 * the labels never run together on a phone. Give it to Plot as `ticks` with `tickFormat: (d) => `${d}``
 * (integer years, no thousands separator).
 */
export function yearTicks(years, width, spacing = 40) {
  const step = Math.max(1, Math.ceil((years.length * spacing) / width));
  return years.filter((year, i) => i % step === 0);
}
