/**
 * The years a register date may fall in: one range for every date of the extract (cells and
 * extract.json alike). Beyond it a date is a typo (0001, 9999, 2202), and a register_start or
 * extract_date that far out would make every year between them a reported year: thousands of
 * empty years to compute and publish.
 */
export const registerYears = {earliest: 1880, latest: 2100} as const;

/** Whether an ISO date "YYYY-MM-DD" falls in registerYears. */
export function isRegisterYear(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return year >= registerYears.earliest && year <= registerYears.latest;
}
