import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// Distinct words for distinct doubts, in chromium: "基数N" only for a rate resting on fewer than 20
// people; "尚不能确定" for a verdict whose 95% interval crosses its target (on any base: the town's
// coverage 84.77% of 256 against 80%); the small-base rule justified truly for counts and for shares.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));
const {indicators} = await import(`../../src/components/${"indicators"}.js`);
const labelOf = (key: string): string => (indicators as {key: string; label: string}[]).find((d) => d.key === key)!.label;
const year = "2025";

/** The town's checks of `year` whose interval reaches both sides of the target. */
function crossingTownChecks() {
  return read("target_checks.csv").filter((c) => c.year === year && c.village_code === "TOWN" && c.conclusive === "false" && c.inconclusive_reason === "small_numbers");
}

describe("words for small bases and uncertain verdicts", () => {
  test("openPage(/index.html?year=2025): a town's headline figure whose interval crosses its target says 尚不能确定 and why, never 样本小", async () => {
    const crossing = crossingTownChecks();
    // The sample's town: coverage 84.77% of 256 eligible against ≥ 80%, and more.
    expect(crossing.map((c) => c.indicator)).toContain("prepregnancy_check_coverage_rate");
    const visit = await openPage(site.browser, `${site.url}/index.html?year=${year}`);
    try {
      expectNoProblems(visit);
      for (const c of crossing) {
        const card = visit.page.locator(`.kpi[data-indicator="${c.indicator}"]`);
        if (!(await card.count())) continue;
        const text = await card.innerText();
        expect(text, c.indicator).toContain(c.status === "met" ? "✓ 达标(尚不能确定)" : "✗ 未达标(尚不能确定)");
        expect(text, c.indicator).toContain("95%区间跨越目标两侧");
      }
      const main = await visit.page.locator("main").innerText();
      expect(main).not.toContain("样本小");
      expect(await visit.page.locator(".source-note").innerText()).toContain("\"尚不能确定\"表示该指标的95%区间跨越目标两侧");
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=2025): the town's row marks an interval across the target 尚不能确定, not 基数 (214 births is no small base)", async () => {
    const town = read("village_year.csv").find((d) => d.year === year && d.village_code === "TOWN")!;
    const crossing = crossingTownChecks();
    expect(crossing.length).toBeGreaterThan(0);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}`);
    try {
      const {headers, cells} = await visit.page.locator("#observablehq-main table.data").first().evaluate((table) => ({
        headers: Array.from(table.querySelectorAll("thead th"), (th) => (th.textContent ?? "").trim()),
        cells: Array.from(table.querySelector("tbody tr")!.querySelectorAll("td"), (td) => (td.textContent ?? "").trim())
      }));
      expect(cells[0]).toBe("—");
      let seen = 0;
      for (const c of crossing) {
        const column = headers.findIndex((h) => h.startsWith(labelOf(c.indicator)));
        if (column < 0) continue;
        seen++;
        expect(cells[column], c.indicator).toContain("尚不能确定");
        expect(cells[column], `${c.indicator} on ${town.births} births`).not.toContain("基数");
      }
      expect(seen).toBeGreaterThan(0);
      expect(await visit.page.locator("h3", {hasText: "点击表头排序"}).innerText()).toContain("\"尚不能确定\"的为95%区间跨越目标两侧");
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html, /villages.html, a village page): the small-base rule is justified by the relative error for counts and by percentage points for shares, never '23%' for a coverage", async () => {
    for (const path of ["/services.html", "/villages.html", "/villages/330781101001.html"]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        const note = await visit.page.locator(".source-note").last().innerText();
        expect(note, path).not.toContain("23%");
        expect(note, path).not.toMatch(/覆盖率的相对误差/);
        expect(note, path).toMatch(/一人之差就使(覆盖率|比例)变动5个百分点以上/);
        if (path !== "/services.html") expect(note, path).toContain("事件少于20例时,比率的相对标准误在22%以上");
      } finally {
        await visit.context.close();
      }
    }
  });
});
