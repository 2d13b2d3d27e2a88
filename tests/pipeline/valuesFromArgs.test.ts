import {describe, expect, test} from "vitest";
import {valuesFromArgs} from "../../loaders/valuesFromArgs.ts";
import {wrongArgumentsMessage} from "../../loaders/wrongArgumentsMessage.ts";

const usage = "用法 / usage: npm run x -- [--input DIR] [--quiet]\n";
const options = {input: {type: "string", default: "data/sample"}, quiet: {type: "boolean"}} as const;

describe("valuesFromArgs", () => {
  test("valuesFromArgs([], options, usage) gives the defaults and no message", () => {
    expect(valuesFromArgs([], options, usage)).toEqual({values: {input: "data/sample"}});
  });

  test("valuesFromArgs(args, options, usage) gives the values given", () => {
    expect(valuesFromArgs(["--input", "x", "--quiet"], options, usage)).toEqual({values: {input: "x", quiet: true}});
  });

  test("valuesFromArgs(wrong args, options, usage) gives wrongArgumentsMessage of the problem, the option meant included, and no values", () => {
    const misspelt = valuesFromArgs(["--inptu", "x"], options, usage);
    expect(misspelt).toEqual({message: wrongArgumentsMessage("未知选项 --inptu,是否想写 --input? / unknown option '--inptu' (did you mean --input?)", usage)});
    expect(valuesFromArgs(["x"], options, usage).message).toMatch(/^错误 \/ error: 多余的参数 x:/);
    expect(valuesFromArgs(["--quiet=yes"], options, usage).message).toMatch(/^错误 \/ error: 选项 --quiet 不带取值/);
  });
});

describe("wrongArgumentsMessage", () => {
  test("wrongArgumentsMessage(problem, usage) puts 错误 / error: before the problem and the usage, without its trailing newline, on the lines below", () => {
    expect(wrongArgumentsMessage("--x 应为整数 / must be a whole number: y", usage)).toBe(
      "错误 / error: --x 应为整数 / must be a whole number: y\n用法 / usage: npm run x -- [--input DIR] [--quiet]"
    );
  });
});
