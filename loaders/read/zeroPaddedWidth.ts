/** A number format made of zeros only: Excel's way of keeping leading zeros on a code stored as a number. */
const zerosOnly = /^0+$/;

/**
 * The number of digits a cell's number format pads an integer to, or 0 when it does not pad. A
 * village code 001 typed as a number shows as "001" only under such a format ("000"); read without it
 * the code would be "1" and match no village.
 *
 *     zeroPaddedWidth("000") // 3
 *     zeroPaddedWidth("0")   // 1
 *     zeroPaddedWidth("0.00") // 0
 */
export function zeroPaddedWidth(numFmt: string | undefined): number {
  return numFmt !== undefined && zerosOnly.test(numFmt) ? numFmt.length : 0;
}
