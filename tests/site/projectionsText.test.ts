import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";

// What the 人口预测 page and the 数据下载 page's methods say about the projections, checked against what the
// projections do (loaders/projections: projectionCohortComponent, projectionsAtBase, backtestFromInputs).
const root = new URL("../..", import.meta.url).pathname;
const projections = readFileSync(`${root}src/projections.md`, "utf8");
const downloads = readFileSync(`${root}src/downloads.md`, "utf8");

describe("src/projections.md", () => {
  test("src/projections.md does not say the backtest checked only totals: it measures sex totals, five-year age groups and sex × age cells too (their intervals are published), but neither births nor sums across age groups", () => {
    expect(projections).not.toContain("回测只检验了总人口");
    expect(projections).toContain("出生人数没有回测");
    expect(projections).toContain("回测量度的是总人口、分性别合计、各五岁年龄组和性别×年龄组的误差,没有量度这些合计");
  });

  test("src/projections.md says what the intervals do not cover: the register's own errors, changes the backtest years did not see, the scenarios' assumptions", () => {
    const note = /<p class="muted interval-limits">([\s\S]*?)<\/p>/.exec(projections)?.[1] ?? "";
    expect(note).toContain("登记资料本身的误差");
    expect(note).toContain("没有出现过的变化");
    expect(note).toContain("沿用中方案的区间");
  });

  test("src/projections.md says that a village's births come from cohort-component when its population does not, and what its zero-migration scenario is", () => {
    expect(projections).toMatch(/method !== "cohort_component" \? `\$\{name\}的预测出生人数由队列要素法算出/);
    expect(projections).toContain("并不是该村自身的零迁移预测");
  });

  test("src/projections.md and src/downloads.md state the conventions of the cohort-component step", () => {
    for (const [page, text] of [["projections", projections], ["downloads", downloads]]) {
      expect(text, page).toContain("期初与期末育龄妇女人数的平均数");
      expect(text, page).toContain("5L0 ÷ 5l0");
      expect(text, page).toContain("T85 ÷ T80");
      expect(text, page).toContain("一半在期初");
      expect(text, page).toContain("线性插值");
      expect(text, page).toContain("生存人年");
    }
  });
});
