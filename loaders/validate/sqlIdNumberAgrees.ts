import {quotedString} from "../store/sql.ts";
import {idNumberCheckChars, idNumberWeights} from "./idNumberCheckDigit.ts";

/**
 * SQL that is TRUE when checkIdNumber(id, birth, sex) would find no problem with an 18-character ID
 * number: the GB 11643 check character agrees, and so do the birth date and the sex. Anything else
 * (15-digit numbers included) is FALSE and left to checkIdNumber. `id` is an SQL text expression,
 * `birth` a DATE, `sex` 'M' or 'F'.
 */
export function sqlIdNumberAgrees(id: string, birth: string, sex: string): string {
  const upper = `upper(${id})`;
  const digit = (i: number) => `(ascii(substr(${upper}, ${i + 1}, 1)) - 48)`;
  const sum = idNumberWeights.map((w, i) => `${digit(i)} * ${w}`).join(" + ");
  return `(regexp_full_match(${upper}, '\\d{17}[\\dX]')
    AND substr(${quotedString(idNumberCheckChars)}, ((${sum}) % 11)::INTEGER + 1, 1) = substr(${upper}, 18, 1)
    AND substr(${upper}, 7, 8) = strftime(${birth}, '%Y%m%d')
    AND (CASE WHEN ${digit(16)} % 2 = 1 THEN 'M' ELSE 'F' END) = ${sex})`;
}
