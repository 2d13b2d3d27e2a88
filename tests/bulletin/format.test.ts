import {describe, expect, test} from "vitest";
import {fixedDecimals} from "../../loaders/bulletin/fixedDecimals.ts";
import {formatCount} from "../../loaders/bulletin/formatCount.ts";
import {formatPercent} from "../../loaders/bulletin/formatPercent.ts";
import {formatPerMille} from "../../loaders/bulletin/formatPerMille.ts";
import {formatSexRatio} from "../../loaders/bulletin/formatSexRatio.ts";
import {formatYuan} from "../../loaders/bulletin/formatYuan.ts";
import {setFigure} from "../../loaders/bulletin/setFigure.ts";

// Conventions from shared/notes/bulletin-style.md §3.
describe("formatPerMille", () => {
  test("formatPerMille(7.6) keeps trailing zeros: 7.60‰", () => {
    expect(formatPerMille(7.6)).toBe("7.60‰");
  });
  test("formatPerMille(-0.6) writes a minus sign: -0.60‰", () => {
    expect(formatPerMille(-0.6)).toBe("-0.60‰");
    expect(formatPerMille(-3.2449)).toBe("-3.24‰");
  });
  test("formatPerMille(x) rounds the unrounded value once (174 births on 23898.5 → 7.28‰)", () => {
    expect(formatPerMille((174 / 23898.5) * 1000)).toBe("7.28‰");
  });
  test("formatPerMille(-0.001) never writes -0.00‰", () => {
    expect(formatPerMille(-0.001)).toBe("0.00‰");
  });
  test("formatPerMille(null | NaN | Infinity) says 无数据, never NaN‰", () => {
    expect(formatPerMille(null)).toBe("无数据");
    expect(formatPerMille(undefined)).toBe("无数据");
    expect(formatPerMille(Number.NaN)).toBe("无数据");
    expect(formatPerMille(Number.POSITIVE_INFINITY)).toBe("无数据");
  });
});

describe("formatPercent and formatSexRatio", () => {
  test("formatPercent(14.9) → 14.90%; formatPercent(null) → 无数据", () => {
    expect(formatPercent(14.9)).toBe("14.90%");
    expect(formatPercent((2610 / 23801) * 100)).toBe("10.97%");
    expect(formatPercent(null)).toBe("无数据");
  });
  test("formatSexRatio(104.5) → 104.50, a bare number", () => {
    expect(formatSexRatio(104.5)).toBe("104.50");
    expect(formatSexRatio((12002 / 11799) * 100)).toBe("101.72");
    expect(formatSexRatio(null)).toBe("无数据");
  });
});

describe("formatCount", () => {
  test("formatCount(23801) gives exact persons without thousands separators", () => {
    expect(formatCount(23801)).toBe("23801人");
    expect(formatCount(99999)).toBe("99999人");
    expect(formatCount(0)).toBe("0人");
  });
  test("formatCount(n ≥ 100000) switches to 万人 with two decimals", () => {
    expect(formatCount(100000)).toBe("10.00万人");
    expect(formatCount(1064551)).toBe("106.46万人");
  });
  test("formatCount(n, {unit}) writes a change in the unit of its level", () => {
    expect(formatCount(1200, {unit: "万人"})).toBe("0.12万人");
    expect(formatCount(123456, {unit: "人"})).toBe("123456人");
  });
  test("formatCount(null) → 无数据", () => {
    expect(formatCount(null)).toBe("无数据");
  });
});

describe("formatYuan and fixedDecimals", () => {
  test("formatYuan(8.5) → 8.50元; formatYuan(182345.5) → 18.23万元", () => {
    expect(formatYuan(8.5)).toBe("8.50元");
    expect(formatYuan(182345.5)).toBe("18.23万元");
    expect(formatYuan(null)).toBe("无数据");
  });
  test("fixedDecimals(value, digits) defaults to two decimals and returns undefined without a value", () => {
    expect(fixedDecimals(1)).toBe("1.00");
    expect(fixedDecimals(2.5, 0)).toBe("3");
    expect(fixedDecimals(-0.4, 0)).toBe("0");
    expect(fixedDecimals(null)).toBeUndefined();
  });
});

describe("setFigure", () => {
  test("setFigure(format, value) writes a set figure in its shortest form, in the format's unit", () => {
    expect(setFigure(formatPerMille, 15)).toBe("15‰");
    expect(setFigure(formatPercent, 84.6)).toBe("84.6%");
    expect(setFigure(formatYuan, 8.5)).toBe("8.5元");
    expect(setFigure(formatSexRatio, 103)).toBe("103");
    expect(setFigure(formatPercent, 100)).toBe("100%");
    expect(setFigure(formatPerMille, -0.25)).toBe("-0.25‰");
    expect(setFigure(formatYuan, 125000)).toBe("12.5万元");
    // Binary noise of a computed figure is not written out.
    expect(setFigure(formatPercent, 0.1 + 0.2)).toBe("0.3%");
    expect(setFigure(formatPercent, null)).toBe("无数据");
  });
});
