/** Weights 2^(18-i) mod 11 of the first 17 digits, and the check character of each remainder mod 11. */
export const idNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const idNumberCheckChars = "10X98765432";

/**
 * Check character of an 18-digit resident identity number (公民身份号码), GB 11643-1999:
 * ISO 7064 MOD 11-2 over the first 17 digits with weights 2^(18-i) mod 11.
 * Returns undefined when `first17` is not 17 ASCII digits.
 *
 * idNumberCheckDigit("11010519491231002") // "X" (the example in GB 11643-1999, annex)
 */
export function idNumberCheckDigit(first17: string): string | undefined {
  if (!/^[0-9]{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * idNumberWeights[i]!;
  return idNumberCheckChars[sum % 11];
}
