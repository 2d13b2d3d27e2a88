import {quotedString} from "../store/sql.ts";
import {idNumberCheckChars, idNumberWeights} from "./idNumberCheckDigit.ts";

/** SQL: the first 17 characters of an ID number as one BIGINT (NULL unless they are digits). */
export function sqlIdNumberDigits(id: string): string {
  return `TRY_CAST(substr(${id}, 1, 17) AS BIGINT)`;
}

/**
 * SQL that is TRUE when checkIdNumber(id, birth, sex) would find no problem with an 18-character ID
 * number: the GB 11643 check character agrees, and so do the birth date and the sex. Anything else
 * (15-digit numbers included) is FALSE and left to checkIdNumber. `id` is an SQL text expression,
 * `birth` a DATE, `sex` 'M' or 'F', `digits` the value of sqlIdNumberDigits(id), computed once:
 * the 17 digits are taken from it with integer arithmetic, which is several times cheaper than
 * 17 substrings of the text.
 */
export function sqlIdNumberAgrees(id: string, birth: string, sex: string, digits: string): string {
  // digit i (0-based, from the left) of the 17-digit number
  const digit = (i: number) => `(${digits} // ${10n ** BigInt(16 - i)} % 10)`;
  const sum = idNumberWeights.map((w, i) => `${digit(i)} * ${w}`).join(" + ");
  return `(regexp_full_match(${id}, '\\d{17}[\\dXx]')
    AND substr(${quotedString(idNumberCheckChars)}, ((${sum}) % 11)::INTEGER + 1, 1) = upper(substr(${id}, 18, 1))
    AND ${digits} // 1000 % 100000000 = year(${birth}) * 10000 + month(${birth}) * 100 + day(${birth})
    AND (CASE WHEN ${digit(16)} % 2 = 1 THEN 'M' ELSE 'F' END) = ${sex})`;
}
