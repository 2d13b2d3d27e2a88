import {describe, expect, test} from "vitest";
import {checkIdNumber} from "../../loaders/validate/checkIdNumber.ts";

// The worked example of GB 11643-1999, Annex A: 11010519491231002 has check character X.
const example = "11010519491231002X";

describe("checkIdNumber", () => {
  test("checkIdNumber(id, birth, sex) finds no problem when all agree", () => {
    // Sequence 002: the 17th digit 2 is even, so female.
    expect(checkIdNumber(example, "1949-12-31", "F")).toEqual([]);
    expect(checkIdNumber(example.toLowerCase(), "1949-12-31", "F")).toEqual([]);
  });

  test("checkIdNumber(id, birth, sex) reports a wrong check character", () => {
    expect(checkIdNumber("110105194912310021", "1949-12-31", "F")).toEqual(["id_number_check_digit"]);
  });

  test("checkIdNumber(id, birth, sex) reports a birth date or sex that disagrees", () => {
    expect(checkIdNumber(example, "1949-12-30", "F")).toEqual(["id_number_birth_date"]);
    expect(checkIdNumber(example, "1949-12-31", "M")).toEqual(["id_number_sex"]);
    expect(checkIdNumber(example, "1950-01-01", "M")).toEqual(["id_number_birth_date", "id_number_sex"]);
  });

  test("checkIdNumber(id, birth, sex) reads the old 15-digit numbers (19YYMMDD, last digit odd = male)", () => {
    expect(checkIdNumber("110105491231001", "1949-12-31", "M")).toEqual([]);
    expect(checkIdNumber("110105491231001", "1949-12-31", "F")).toEqual(["id_number_sex"]);
  });

  test("checkIdNumber(id, birth, sex) reports a malformed number", () => {
    for (const id of ["12345", "11010519491231002Y", "1101051949123100２X", ""]) expect(checkIdNumber(id, undefined, undefined), id).toEqual(["id_number_format"]);
  });
});
