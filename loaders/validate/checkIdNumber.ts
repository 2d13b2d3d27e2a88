import {idNumberCheckDigit} from "./idNumberCheckDigit.ts";

/**
 * Checks a resident ID number (居民身份证号码) against GB 11643-1999 and against the person's
 * recorded birth date and sex. Returns the problems found; an empty list means it agrees.
 *
 * 18-digit numbers: 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male), and an
 * ISO 7064 MOD 11-2 check character (0–9 or X). The older 15-digit numbers (before 1999) have a
 * 6-digit birth date (19YYMMDD), a 3-digit sequence and no check character.
 */
export type IdNumberProblem = "id_number_format" | "id_number_check_digit" | "id_number_birth_date" | "id_number_sex";

export function checkIdNumber(idNumber: string, birthDate: string | undefined, sex: "M" | "F" | undefined): IdNumberProblem[] {
  const id = idNumber.toUpperCase();
  let birth: string;
  let sequenceDigit: number;
  if (/^\d{17}[\dX]$/.test(id)) {
    if (idNumberCheckDigit(id.slice(0, 17)) !== id[17]) return ["id_number_check_digit"];
    birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
    sequenceDigit = id.charCodeAt(16) - 48;
  } else if (/^\d{15}$/.test(id)) {
    birth = `19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`;
    sequenceDigit = id.charCodeAt(14) - 48;
  } else {
    return ["id_number_format"];
  }
  const problems: IdNumberProblem[] = [];
  if (birthDate !== undefined && birth !== birthDate) problems.push("id_number_birth_date");
  if (sex !== undefined && (sequenceDigit % 2 === 1 ? "M" : "F") !== sex) problems.push("id_number_sex");
  return problems;
}
