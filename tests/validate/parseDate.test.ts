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

  test("parseDate(text) accepts the forms registers are often typed in: dotted and 年月日", () => {
    expect(parseDate("2019.06.30")).toBe("2019-06-30");
    expect(parseDate("2019.6.3")).toBe("2019-06-03");
    expect(parseDate("1985年3月12日")).toBe("1985-03-12");
    expect(parseDate("1985年03月12日")).toBe("1985-03-12");
    // Full-width digits arrive as ASCII (textFromCell's NFKC).
    expect(parseDate("1985年12月1日 00:00:00")).toBe("1985-12-01");
    for (const text of ["2023年2月29日", "1985年3月", "85年3月12日", "1985年3月12", "1985年13月1日"]) expect(parseDate(text), text).toBeUndefined();
  });

  test("parseDate(text) reads Excel serial day numbers of the 1900 system", () => {
    // 45292 is 2024-01-01 in Excel (its day 60 is the phantom 1900-02-29).
    expect(parseDate("45292")).toBe("2024-01-01");
    expect(parseDate("61")).toBe("1900-03-01");
    expect(parseDate("60")).toBeUndefined();
  });

  test("parseDate(text) refuses a year alone (1990) rather than reading it as the serial day 1905-06-12", () => {
    for (const text of ["1880", "1990", "2023", "2100"]) expect(parseDate(text), text).toBeUndefined();
    // Serials next to the years still read: 1879 and 2101 are days of 1905.
    expect(parseDate("1879")).toBe("1905-02-21");
    expect(parseDate("2101")).toBe("1905-10-01");
  });

  test("parseDate(text) tolerates a zero time of day from spreadsheet exports", () => {
    expect(parseDate("2020-03-01 00:00:00")).toBe("2020-03-01");
    expect(parseDate("2020-03-01T00:00")).toBe("2020-03-01");
    expect(parseDate("2020-03-01 12:30:00")).toBeUndefined();
  });

  test("parseDate(text) rejects impossible days instead of rolling them over", () => {
    for (const text of ["2023-02-29", "2024-13-01", "2024-04-31", "20230229", "2024/0/1", "1800-01-01", "2024-1-1x", "", "明天"])
      expect(parseDate(text), text).toBeUndefined();
    expect(parseDate(new Date(Number.NaN))).toBeUndefined();
  });
});
