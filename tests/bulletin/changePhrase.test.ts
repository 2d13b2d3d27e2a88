import {describe, expect, test} from "vitest";
import {changePhrase} from "../../loaders/bulletin/changePhrase.ts";

// Phrase patterns from shared/notes/bulletin-style.md §2.
describe("changePhrase", () => {
  test("changePhrase(cur, prev, 'stock') compares a year-end count with 上年末, with the %", () => {
    // 23996 → 23801: −195 persons, 195 / 23996 = 0.8126% → 0.81%.
    expect(changePhrase(23801, 23996, "stock")).toBe("比上年末减少195人,下降0.81%");
    // 24316 → 24458: +142, 142 / 24316 = 0.5840% → 0.58%.
    expect(changePhrase(24458, 24316, "stock")).toBe("比上年末增加142人,增长0.58%");
  });
  test("changePhrase(n, n, 'stock') is 与上年末持平, never 增加0人", () => {
    expect(changePhrase(23801, 23801, "stock")).toBe("与上年末持平");
    expect(changePhrase(23801, 23801, "stockCount")).toBe("与上年末持平");
  });
  test("changePhrase(cur, prev, 'stock') leaves out a % that rounds to 0.00", () => {
    // +1 on 23801 is 0.0042%.
    expect(changePhrase(23802, 23801, "stock")).toBe("比上年末增加1人");
  });
  test("changePhrase(cur, prev, 'stock') writes a change in 万人 when the level is in 万人", () => {
    // 1064551 − 1052551 = 12000 → 1.20万人; 12000 / 1052551 = 1.1401% → 1.14%.
    expect(changePhrase(1064551, 1052551, "stock")).toBe("比上年末增加1.20万人,增长1.14%");
    // A change too small for 万人 is given in persons: 30 → 30人, 0.0028% dropped.
    expect(changePhrase(1064551, 1064521, "stock")).toBe("比上年末增加30人");
  });
  test("changePhrase(cur, prev, 'stockCount') gives the count change only", () => {
    expect(changePhrase(26803, 27014, "stockCount")).toBe("比上年末减少211人");
  });
  test("changePhrase(cur, prev, 'flow') compares a whole-year count with 上年", () => {
    expect(changePhrase(152, 169, "flow")).toBe("比上年减少17人");
    expect(changePhrase(231, 224, "flow")).toBe("比上年增加7人");
    expect(changePhrase(231, 231, "flow")).toBe("与上年持平");
  });
  test("changePhrase(-0.26, 1.24, 'perMille') is 下降1.50个千分点 (a fall into negative values)", () => {
    expect(changePhrase(-0.26, 1.24, "perMille")).toBe("比上年下降1.50个千分点");
  });
  test("changePhrase(cur, prev, 'perMille') uses 上升 for a rise and 持平 for a change that rounds to zero", () => {
    expect(changePhrase(9.47, 9.08, "perMille")).toBe("比上年上升0.39个千分点");
    expect(changePhrase(7.281, 7.284, "perMille")).toBe("与上年持平");
  });
  test("changePhrase(cur, prev, 'perMille') takes the change between the levels as published, as the site does", () => {
    // Published 7.28‰ and 9.27‰: the reader's 9.27 − 7.28 = 1.99, although 9.266 − 7.284 = 1.982.
    expect(changePhrase(7.284, 9.266, "perMille")).toBe("比上年下降1.99个千分点");
    // Published 5.50‰ both years: 持平, although 5.504 − 5.496 = 0.008 would print as 0.01.
    expect(changePhrase(5.504, 5.496, "perMille")).toBe("与上年持平");
  });
  test("changePhrase(cur, prev, 'percent') moves a share by 个百分点", () => {
    expect(changePhrase(22.29, 21.58, "percent")).toBe("比上年上升0.71个百分点");
    expect(changePhrase(10.9, 11.25, "percent")).toBe("比上年下降0.35个百分点");
  });
  test("changePhrase(cur, prev, 'ratio') moves a sex ratio by a bare number", () => {
    expect(changePhrase(101.36, 101.52, "ratio")).toBe("比上年下降0.16");
  });
  test("changePhrase(cur, prev, 'yuan') compares money in the unit of its level", () => {
    expect(changePhrase(8.79, 8.27, "yuan")).toBe("比上年增加0.52元");
    expect(changePhrase(210000, 200000, "yuan")).toBe("比上年增加1.00万元");
  });
  test("changePhrase(x, null) and changePhrase(null, x) return undefined (the comparison is left out)", () => {
    expect(changePhrase(7.28, null, "perMille")).toBeUndefined();
    expect(changePhrase(null, 7.28, "perMille")).toBeUndefined();
    expect(changePhrase(Number.NaN, 7.28, "perMille")).toBeUndefined();
  });
  test("changePhrase(a, b, unknown kind) throws, naming it", () => {
    expect(() => changePhrase(1, 2, "weird" as never)).toThrow("unknown change kind: weird");
  });
});
