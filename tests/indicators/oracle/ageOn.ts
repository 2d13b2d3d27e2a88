/**
 * ageOn(birth, date) is the age in completed years (周岁) on `date`: the difference of the UTC years,
 * less one when the birthday of that year has not come yet. The birthday itself counts as reached;
 * a 29 February birthday is reached on 1 March in a common year.
 */
export function ageOn(birth: Date, date: Date): number {
  const before = date.getUTCMonth() < birth.getUTCMonth()
    || (date.getUTCMonth() === birth.getUTCMonth() && date.getUTCDate() < birth.getUTCDate());
  return date.getUTCFullYear() - birth.getUTCFullYear() - (before ? 1 : 0);
}
