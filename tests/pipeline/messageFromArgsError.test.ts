import {parseArgs} from "node:util";
import {describe, expect, test} from "vitest";
import {messageFromArgsError} from "../../loaders/messageFromArgsError.ts";

const options = {input: {type: "string"}, out: {type: "string"}, "min-cell": {type: "string"}, "max-rejected-share": {type: "string"}, quiet: {type: "boolean"}} as const;
const names = Object.keys(options);

/** messageFromArgsError of what parseArgs throws on `args` with the options above. */
function message(...args: string[]): string {
  try {
    parseArgs({args, options, strict: true});
  } catch (error) {
    return messageFromArgsError(error, names);
  }
  throw new Error(`parseArgs took ${args.join(" ")}`);
}

describe("messageFromArgsError", () => {
  test("messageFromArgsError(error, options) suggests the option a misspelling within two edits meant: a letter wrong, missing, added, or two swapped", () => {
    expect(message("--inptu", "x")).toBe("未知选项 --inptu,是否想写 --input? / unknown option '--inptu' (did you mean --input?)");
    expect(message("--oot", "x")).toBe("未知选项 --oot,是否想写 --out? / unknown option '--oot' (did you mean --out?)");
    expect(message("--mincell", "5")).toBe("未知选项 --mincell,是否想写 --min-cell? / unknown option '--mincell' (did you mean --min-cell?)");
    expect(message("--quiett")).toBe("未知选项 --quiett,是否想写 --quiet? / unknown option '--quiett' (did you mean --quiet?)");
    expect(message("--Input=x")).toBe("未知选项 --Input,是否想写 --input? / unknown option '--Input' (did you mean --input?)");
  });

  test("messageFromArgsError(error, options) suggests nothing for a name three or more edits from every option", () => {
    expect(message("--nonsense")).toBe("未知选项 --nonsense / unknown option '--nonsense'");
    expect(message("--xyz", "1")).toBe("未知选项 --xyz / unknown option '--xyz'");
  });

  test("messageFromArgsError(error, options) of two options equally near suggests the first of them", () => {
    // --ab is one edit from both --ax and --bb.
    let error: unknown;
    try {
      parseArgs({args: ["--ab"], options: {ax: {type: "boolean"}, bb: {type: "boolean"}}, strict: true});
    } catch (e) {
      error = e;
    }
    expect(messageFromArgsError(error, ["ax", "bb"])).toBe("未知选项 --ab,是否想写 --ax? / unknown option '--ab' (did you mean --ax?)");
    expect(messageFromArgsError(error, ["bb", "ax"])).toBe("未知选项 --ab,是否想写 --bb? / unknown option '--ab' (did you mean --bb?)");
  });

  test("messageFromArgsError(error, options) says which option lacks or should not have a value, and what is stray", () => {
    expect(message("--out")).toBe("选项 --out 缺少取值 / option '--out' needs a value");
    expect(message("--quiet=yes")).toBe("选项 --quiet 不带取值 / option '--quiet' takes no value");
    expect(message("data")).toBe("多余的参数 data:本命令的参数都以 -- 开头的选项给出 / unexpected argument 'data': give everything as --options");
  });

  test("messageFromArgsError(error, options) of any other error keeps its text after 参数错误", () => {
    expect(messageFromArgsError(new Error("boom"), names)).toBe("参数错误 / wrong arguments: boom");
  });
});
