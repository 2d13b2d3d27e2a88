import {describe, expect, test} from "vitest";
import {bulletinSettings} from "../../loaders/publish/bulletinSettings.ts";
import {ExtractError} from "../../loaders/read/ExtractError.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";

const period = {register_start: "2020-01-01", extract_date: "2022-12-31"};

describe("bulletinSettings", () => {
  test("bulletinSettings(undefined, years, period) is the default: no issuer (null), no release date", () => {
    expect(bulletinSettings(undefined, [2020, 2021, 2022], period)).toEqual({issuer: null, release_dates: {}});
    expect(bulletinSettings({}, [2020, 2021, 2022], period)).toEqual({issuer: null, release_dates: {}});
  });

  test("bulletinSettings(meta, years, period) keeps the issuer and the release dates of reported years", () => {
    const meta = {issuer: "测试镇统计局", release_dates: {"2022": "2023-03-20", "2020": "2021-04-01"}};
    const settings = bulletinSettings(meta, [2020, 2021, 2022], period);
    expect(settings).toEqual({issuer: "测试镇统计局", release_dates: {"2020": "2021-04-01", "2022": "2023-03-20"}});
    expect(Object.keys(settings.release_dates)).toEqual(["2020", "2022"]);
  });

  test("bulletinSettings(meta, years, period) throws an ExtractError naming the file, the field and the years reported", () => {
    let error: unknown;
    try {
      bulletinSettings({release_dates: {"2023": "2024-03-01"}}, [2020, 2021, 2022], {...period, file: "EXTRACT.json"});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExtractError);
    const {message, file, column} = error as ExtractError;
    expect(message).toBe(
      "EXTRACT.json:字段 bulletin.release_dates.2023(2023年公报发布日期)的年份应为登记资料报告的年份:登记资料(2020-01-01 至 2022-12-31)报告 2020—2022 年 / " +
        "EXTRACT.json: field bulletin.release_dates.2023 must be for a year the register reports: the register (2020-01-01 to 2022-12-31) reports 2020–2022"
    );
    expect({file, column}).toEqual({file: "EXTRACT.json", column: "bulletin.release_dates.2023"});
    // Said as readExtractMeta says a bad field (extractMetaFieldError), in half-width punctuation.
    expect(fullWidthPunctuation(message)).toEqual([]);
  });

  test("bulletinSettings(meta, [], period) of a register with no whole year refuses any release date, saying so", () => {
    const short = {register_start: "2020-01-01", extract_date: "2020-06-30"};
    expect(() => bulletinSettings({release_dates: {"2020": "2021-03-01"}}, [], short)).toThrow(
      "extract.json:字段 bulletin.release_dates.2020(2020年公报发布日期)的年份应为登记资料报告的年份:登记资料(2020-01-01 至 2020-06-30)没有任何完整的日历年 / " +
        "extract.json: field bulletin.release_dates.2020 must be for a year the register reports: the register (2020-01-01 to 2020-06-30) covers no whole calendar year"
    );
    expect(bulletinSettings({issuer: "测试镇统计局"}, [], short)).toEqual({issuer: "测试镇统计局", release_dates: {}});
  });
});
