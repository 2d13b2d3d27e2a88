import {describe, expect, test} from "vitest";
import {parseDate} from "../../loaders/validate/parseDate.ts";

describe("parseDate", () => {
  test("parseDate(text) accepts the four forms of the extract format", () => {
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    expect(parseDate("2024/2/9")).toBe("2024-02-09");
    expect(parseDate("2024/12/31")).toBe("2024-12-31");
    expect(parseDate("20240229")).toBe("2024-02-29");
    expect(parseDate(new Date(Date.UTC(2021, 4, 31)))).toBe("2021-05-31");
  });

  test("parseDate(text) reads Excel serial day numbers of the 1900 system", () => {
    // 45292 is 2024-01-01 in Excel (its day 60 is the phantom 1900-02-29).
    expect(parseDate("45292")).toBe("2024-01-01");
    expect(parseDate("61")).toBe("1900-03-01");
    expect(parseDate("60")).toBeUndefined();
  });

  test("parseDate(text) tolerates a zero time of day from spreadsheet exports", () => {
    expect(parseDate("2020-03-01 00:00:00")).toBe("2020-03-01");
    expect(parseDate("2020-03-01T00:00")).toBe("2020-03-01");
    expect(parseDate("2020-03-01 12:30:00")).toBeUndefined();
  });

  test("parseDate(text) rejects impossible days instead of rolling them over", () => {
    for (const text of ["2023-02-29", "2024-13-01", "2024-04-31", "20230229", "2024/0/1", "1800-01-01", "2024-1-1x", "", "明天", "2024年1月1日"])
      expect(parseDate(text), text).toBeUndefined();
    expect(parseDate(new Date(Number.NaN))).toBeUndefined();
  });
});
