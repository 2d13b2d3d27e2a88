import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {fullWidthPunctuation} from "../support/fullWidthPunctuation.ts";

const projectDir = join(import.meta.dirname, "..", "..");

describe("bench (npm run bench:projections)", () => {
  test("bench.ts --villages 2 (two villages) reports each step on stderr in Chinese with half-width punctuation", () => {
    const result = spawnSync(join(projectDir, "node_modules", ".bin", "tsx"), [join(projectDir, "loaders", "projections", "bench.ts"), "--villages", "2"], {
      cwd: projectDir,
      encoding: "utf8"
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    const seconds = String.raw`\d+\.\d 秒`;
    const expected = [
      String.raw`模拟登记簿:2 个村,\d+ 人,\d+ 段居住记录\(${seconds},不计入\)`,
      String.raw`读取预测输入\(SQL\):${seconds}`,
      String.raw`回测\(\d+ 个基年,全部方法\):${seconds}`,
      String.raw`四个方案的预测\(\d+ 行\):${seconds}`,
      String.raw`合计:${seconds};各村默认方法:[a-z_]+`
    ];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^${expected[i]}$`)));
    for (const line of lines) expect(fullWidthPunctuation(line), line).toEqual([]);
  });
});
