import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {outputFolderProblem} from "../../loaders/publish/outputFolderProblem.ts";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";

const root = mkdtempSync(join(tmpdir(), "output-folder-problem-"));
afterAll(() => rmSync(root, {recursive: true, force: true}));

describe("outputFolderProblem", () => {
  test("outputFolderProblem(out, input) is undefined for a folder that does not exist, an empty one, or one of earlier outputs", () => {
    const input = join(root, "extract");
    mkdirSync(input, {recursive: true});
    expect(outputFolderProblem(join(root, "new"), input)).toBeUndefined();
    const empty = join(root, "empty");
    mkdirSync(empty);
    expect(outputFolderProblem(empty, input)).toBeUndefined();
    const earlier = join(root, "earlier");
    mkdirSync(earlier);
    writeFileSync(join(earlier, "manifest.json"), JSON.stringify({generator: "population-bulletin"}));
    expect(outputFolderProblem(earlier, input)).toBeUndefined();
  });

  test("outputFolderProblem(out, input) says why, Chinese first in half-width punctuation, for the input folder, its parent, a file and a folder of other files", () => {
    const input = join(root, "in", "extract");
    mkdirSync(input, {recursive: true});
    const file = join(root, "results.txt");
    writeFileSync(file, "x");
    const documents = join(root, "我的文档");
    mkdirSync(documents);
    writeFileSync(join(documents, "报告.docx"), "not ours");
    const problems = [input, join(root, "in"), file, documents].map((out) => outputFolderProblem(out, input));
    expect(problems.map((p) => p?.split(" / ")[0])).toEqual([
      `输出文件夹 ${input} 是输入文件夹或包含它,运行会替换整个输出文件夹`,
      `输出文件夹 ${join(root, "in")} 是输入文件夹或包含它,运行会替换整个输出文件夹`,
      `${file} 已存在且不是文件夹`,
      `输出文件夹 ${documents} 已有其他文件(不是本程序以前的输出),不会替换;请指定新的或空的文件夹`
    ]);
    for (const problem of problems) expect(fullWidthPunctuation(problem!)).toEqual([]);
  });
});
