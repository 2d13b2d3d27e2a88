/** Upper bounds (exclusive) of the village size classes used for accuracy and prediction intervals. */
export const defaults = {bounds: [500, 2000] as readonly number[]};

export type SizeClass = "<500" | "500-1999" | "2000+" | "all_villages" | "TOWN";

/**
 * Size class of a village from its population in the base year of the projection: '<500', '500-1999'
 * or '2000+' (errors of small-area projections fall as the population grows; Tayman, Schafer & Carter 1998,
 * "The role of population size in the determination and prediction of population forecast errors",
 * Population Research and Policy Review 17).
 */
export function sizeClass(population: number): SizeClass {
  return population < 500 ? "<500" : population < 2000 ? "500-1999" : "2000+";
}
