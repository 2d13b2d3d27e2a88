import {describe, expect, test} from "vitest";
import {delimiterFromLines} from "../../loaders/read/delimiterFromLines.ts";
import {tableSpec} from "../../loaders/read/extractFormat.ts";

describe("delimiterFromLines", () => {
  test("delimiterFromLines(lines, spec) picks the delimiter giving the most known columns", () => {
    const persons = tableSpec("persons");
    expect(delimiterFromLines(["人员编号,姓名;性别;出生日期;户籍类型"], persons)).toBe(";");
    expect(delimiterFromLines(["标题;说明", "人员编号\t性别\t出生日期"], persons)).toBe("\t");
    expect(delimiterFromLines(["a;b;c"], persons)).toBe(";");
    expect(delimiterFromLines(["人员编号，性别"], persons)).toBe(",");
    expect(delimiterFromLines([], persons)).toBe(",");
  });
});
