import {describe, expect, test} from "vitest";
import {idNumberCheckDigit} from "../../loaders/validate/idNumberCheckDigit.ts";

describe("idNumberCheckDigit", () => {
  test("idNumberCheckDigit(first17) gives X for the example 11010519491231002X of GB 11643-1999", () => {
    expect(idNumberCheckDigit("11010519491231002")).toBe("X");
  });

  test("idNumberCheckDigit(first17) gives 0–9 by ISO 7064 MOD 11-2 (weighted sum computed in the test)", () => {
    const first17 = "33078119850101123";
    const sum = Array.from(first17).reduce((s, d, i) => s + Number(d) * (2 ** (17 - i) % 11), 0);
    // The check character c satisfies sum + c ≡ 1 (mod 11), with X standing for 10.
    const c = (12 - (sum % 11)) % 11;
    expect(idNumberCheckDigit(first17)).toBe(c === 10 ? "X" : String(c));
  });

  test("idNumberCheckDigit(first17) returns undefined unless given 17 digits", () => {
    expect(idNumberCheckDigit("1101051949123100")).toBeUndefined();
    expect(idNumberCheckDigit("1101051949123100X")).toBeUndefined();
  });
});
