/** maxTrendVillages is the most villages the trend chart compares at once (one colour each). */
export const maxTrendVillages = 6;

/**
 * trendSelection(selected, max) splits the villages chosen for the trend chart into those drawn (the
 * first `max`, in the order given) and those left out.
 */
export function trendSelection(selected, max = maxTrendVillages) {
  return {shown: selected.slice(0, max), hidden: selected.slice(max)};
}
