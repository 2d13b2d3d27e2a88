import {describe, expect, test} from "vitest";
import {fileLinesLabel} from "../../loaders/validate/fileLinesLabel.ts";

describe("fileLinesLabel", () => {
  test("fileLinesLabel(lines, format) writes no space around the numbers by default (quality.json, the 数据质量 page)", () => {
    expect(fileLinesLabel([4, 5], "xlsx")).toBe("Excel 第4、5行");
    expect(fileLinesLabel([3, 6], "csv")).toBe("文件第3、6行");
  });

  test("fileLinesLabel(lines, format, {spaced: true}) writes the numbers as the command line's messages do", () => {
    expect(fileLinesLabel([4, 5], "xlsx", {spaced: true})).toBe("Excel 第 4、5 行");
    expect(fileLinesLabel([10], "csv", {spaced: true})).toBe("文件第 10 行");
  });

  test("fileLinesLabel(lines, format) leaves unknown (null) lines out, and is undefined when none is known", () => {
    expect(fileLinesLabel([null, 7], "csv")).toBe("文件第7行");
    expect(fileLinesLabel([], "xlsx")).toBeUndefined();
    expect(fileLinesLabel([null], "csv")).toBeUndefined();
  });
});
