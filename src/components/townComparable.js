/**
 * townComparable(indicator): whether a village's value can be drawn beside the town's on one scale.
 * Rates, shares, ratios and money per person can; counts of people and sums of money cannot, since
 * the town's total would dwarf every village's (the villages' small multiples then leave the town's
 * line out, and their legend and caption say nothing of it).
 */
export function townComparable(indicator) {
  return indicator.unit !== "人" && indicator.key !== "funding_yuan";
}
