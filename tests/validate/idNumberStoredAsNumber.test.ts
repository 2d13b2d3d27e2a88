import {describe, expect, test} from "vitest";
import {idNumberStoredAsNumber} from "../../loaders/validate/idNumberStoredAsNumber.ts";

describe("idNumberStoredAsNumber", () => {
  test("idNumberStoredAsNumber(text, numberCell) is true for a number cell, scientific notation, or 18 digits ending in 000", () => {
    expect(idNumberStoredAsNumber("11010519491231002X", true)).toBe(true);
    expect(idNumberStoredAsNumber("1.10105E+17", false)).toBe(true);
    expect(idNumberStoredAsNumber("1.10105e17", false)).toBe(true);
    expect(idNumberStoredAsNumber("110105194912310000", false)).toBe(true);
  });

  test("idNumberStoredAsNumber(text, numberCell) is false for text that a spreadsheet did not turn into a number", () => {
    for (const text of ["11010519491231002X", "110105194912310021", "110105491231001", "12345", "1101051949123100", "E+17"]) expect(idNumberStoredAsNumber(text, false), text).toBe(false);
  });
});
