import {describe, expect, test} from "vitest";
import {unreportedYearMessage} from "../../loaders/bulletin/unreportedYearMessage.ts";

describe("unreportedYearMessage", () => {
  test("unreportedYearMessage(year, years) is undefined for a year the register reports", () => {
    expect(unreportedYearMessage(2025, [2025, 2024, 2023])).toBeUndefined();
    expect(unreportedYearMessage(2014, [2014])).toBeUndefined();
  });

  test("unreportedYearMessage(year, years) names the reported years as one run first—last, in any order given", () => {
    expect(unreportedYearMessage(2031, [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014])).toBe("2031 年不在登记报告的年份内(2014—2025)");
    expect(unreportedYearMessage(2013, [2014, 2016, 2015])).toBe("2013 年不在登记报告的年份内(2014—2016)");
  });

  test("unreportedYearMessage(year, years) writes years that are not consecutive as runs, a lone year alone", () => {
    expect(unreportedYearMessage(2022, [2025, 2021, 2024, 2023])).toBe("2022 年不在登记报告的年份内(2021、2023—2025)");
    expect(unreportedYearMessage(2019, [2020])).toBe("2019 年不在登记报告的年份内(2020)");
    expect(unreportedYearMessage(2019, [2020, 2020, 2022])).toBe("2019 年不在登记报告的年份内(2020、2022)");
  });

  test("unreportedYearMessage(year, []) says the register reports no year", () => {
    expect(unreportedYearMessage(2020, [])).toBe("2020 年不在登记报告的年份内(登记开始日期至提取日期之间没有完整的日历年,没有可报告的年份)");
  });
});
