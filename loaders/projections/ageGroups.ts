/**
 * The 18 five-year age groups of every projection: 0–4, 5–9, …, 80–84 and the open group 85+.
 * Index i covers ages [5i, 5i + 5); index 17 is 85 and over.
 * Fertility uses indices 3…9 (mother aged 15–19 … 45–49).
 */
export const ageGroups = [
  "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
  "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"
] as const;

export type AgeGroup = (typeof ageGroups)[number];
