/**
 * idNumberStoredAsNumber(text, numberCell) is true when an ID number looks like one a spreadsheet
 * kept as a number: the cell held a number in the XLSX (`numberCell`), or its text is in scientific
 * notation ("1.10101E+17", as Excel saves a long number to CSV), or it has 18 digits ending in 000
 * (Excel keeps 15 significant digits and fills the rest with zeros). Meant for a number that failed
 * its checks (checkIdNumber): a valid number is never reported as mangled.
 *
 *     idNumberStoredAsNumber("110101199003071000", false) // true
 *     idNumberStoredAsNumber("1.10101E+17", false)        // true
 *     idNumberStoredAsNumber("11010119900307123X", false) // false
 */
export function idNumberStoredAsNumber(text: string, numberCell: boolean): boolean {
  return numberCell || /^\d+(\.\d+)?e\+?\d+$/i.test(text) || /^\d{15}000$/.test(text);
}
