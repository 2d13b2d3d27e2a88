import {describe, expect, test} from "vitest";
import {positiveIntegerFromText} from "../../loaders/positiveIntegerFromText.ts";

describe("positiveIntegerFromText", () => {
  test("positiveIntegerFromText(text) gives the whole number > 0 written", () => {
    for (const n of [1, 7, 300, 5_000_000]) expect(positiveIntegerFromText(String(n))).toBe(n);
  });

  test("positiveIntegerFromText(text) gives undefined for any other text: empty, blank, words, fractions, zero, negative", () => {
    for (const text of ["", " ", "abc", "x", "1.5", "0", "-3", "NaN", "Infinity", "12abc"]) expect(positiveIntegerFromText(text), text).toBeUndefined();
  });
});
