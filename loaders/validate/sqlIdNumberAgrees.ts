import {quotedString} from "../store/sql.ts";
import {idNumberCheckChars, idNumberWeights} from "./idNumberCheckDigit.ts";

/**
 * SQL that is TRUE when checkIdNumber(id, birth, sex) would find no problem with an 18-character ID
 * number: the GB 11643 check character agrees, and so do the birth date and the sex. Anything else
 * (15-digit numbers included) is FALSE and left to checkIdNumber. `id` is an SQL text expression,
 * `birth` a DATE, `sex` 'M' or 'F'.
 */
export function sqlIdNumberAgrees(id: string, birth: string, sex: string): string {
  // Only the check character can be a letter, so only it is upper-cased: upper() on the whole
  // number in each of the 17 digit terms was half the cost of staging a million persons.
  const digit = (i: number) => `(ascii(substr(${id}, ${i + 1}, 1)) - 48)`;
  const sum = idNumberWeights.map((w, i) => `${digit(i)} * ${w}`).join(" + ");
  return `(regexp_full_match(${id}, '\\d{17}[\\dXx]')
    AND substr(${quotedString(idNumberCheckChars)}, ((${sum}) % 11)::INTEGER + 1, 1) = upper(substr(${id}, 18, 1))
    AND substr(${id}, 7, 8) = strftime(${birth}, '%Y%m%d')
    AND (CASE WHEN ${digit(16)} % 2 = 1 THEN 'M' ELSE 'F' END) = ${sex})`;
}
