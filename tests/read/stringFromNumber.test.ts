import {describe, expect, test} from "vitest";
import {stringFromNumber} from "../../loaders/read/stringFromNumber.ts";

describe("stringFromNumber", () => {
  test("stringFromNumber(value) never uses an exponent", () => {
    expect(stringFromNumber(1001)).toBe("1001");
    expect(stringFromNumber(12.5)).toBe("12.5");
    expect(stringFromNumber(-0.000001)).toBe("-0.000001");
    expect(stringFromNumber(2e21)).toBe("2000000000000000000000");
    expect(stringFromNumber(0.1 + 0.2)).toBe("0.3");
    expect(stringFromNumber(9007199254740991)).toBe("9007199254740991");
  });
});
