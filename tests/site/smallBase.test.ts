import {join} from "node:path";
import {csvParse} from "d3";
import type {Locator, Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {openPage, expectNoProblems} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// Small bases, the funding table, and the trend chart's villages, axis and URL, in chromium.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));
/** The threshold of src/components/smallBase.js (minReliableCount), as the pages print it. */
const threshold = 20;

/** The cells of the first table.data under `scope`, by column label: one {label: text} per row. */
async function tableRows(page: Page, scope: string): Promise<Record<string, string>[]> {
  return page.locator(`${scope} table.data`).first().evaluate((table) => {
    const labels = Array.from(table.querySelectorAll("thead th"), (th) => (th.textContent ?? "").trim());
    return Array.from(table.querySelectorAll("tbody tr"), (tr) => Object.fromEntries(Array.from(tr.querySelectorAll("td"), (td, i) => [labels[i], (td.textContent ?? "").trim()])));
  });
}

describe("the 趋势 page and a village's trend mark small bases as the small multiples do", () => {
  test("openPage(/trends.html, a village page) with birth_rate: a village-year on fewer than 20 births is a hollow point, its caption says so, and the target's edge is a dashed line", async () => {
    const rows = read("village_year.csv").filter((d) => d.village_code !== "TOWN" && d.birth_rate !== "");
    // The village with the fewest births in all (the sample's 后山村, 4 to 11 a year).
    const totals = birthsByVillage(rows);
    const village = [...totals].sort((a, b) => a[1] - b[1])[0][0];
    const expected = rows.filter((d) => d.village_code === village && Number(d.births) < threshold).length;
    expect(expected).toBeGreaterThan(0);
    const townSmall = read("village_year.csv").filter((d) => d.village_code === "TOWN" && d.birth_rate !== "" && Number(d.births) < threshold).length;
    for (const path of [`/trends.html?indicator=birth_rate&villages=${village}`, `/villages/${village}.html?indicator=birth_rate`]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "出生率"})}).first();
        expect(await card.locator("g.small-base-dot circle").count(), path).toBe(expected + townSmall);
        expect(await card.locator("h3").innerText(), path).toContain(`空心点为基数不足${threshold}人`);
        expect(await card.locator("g.target-line").count(), path).toBeGreaterThan(0);
      } finally {
        await visit.context.close();
      }
    }
  });
});

/** Births over all years by village code. */
function birthsByVillage(rows: Record<string, string>[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const d of rows) totals.set(d.village_code, (totals.get(d.village_code) ?? 0) + Number(d.births));
  return totals;
}

/**
 * The interval bars of a TrendChart, one list per line (in drawing order, the town first), each bar with
 * its ends in the svg's pixels and whether both lie within the clip rectangle the chart cuts the bars at
 * (Plot's frame): a bar cut at the plot's edge reaches past it.
 */
function intervalBarsAgainstFrame(figure: Locator): Promise<{top: number; bottom: number; inside: boolean}[][]> {
  return figure.locator("g.interval").evaluateAll((groups) => groups.map((g) => {
    const clipped = g.closest("[clip-path]")!;
    const id = /url\(#([^)]+)\)/.exec(clipped.getAttribute("clip-path")!)![1]!;
    const rect = document.getElementById(id)!.querySelector("rect")!;
    const [frameTop, frameBottom] = [Number(rect.getAttribute("y")), Number(rect.getAttribute("y")) + Number(rect.getAttribute("height"))];
    return Array.from(g.querySelectorAll("line"), (line) => {
      const [a, b] = [Number(line.getAttribute("y1")), Number(line.getAttribute("y2"))];
      const [top, bottom] = [Math.min(a, b), Math.max(a, b)];
      return {top, bottom, inside: top >= frameTop - 0.5 && bottom <= frameBottom + 0.5};
    });
  }));
}

describe("villages.html flags every rate resting on fewer than 20 events", () => {
  const year = "2025";
  test("openPage(/villages.html?year=2025&indicator=birth_rate): 出生率, 一般生育率 and 总和生育率 carry (基数N) exactly for the villages with fewer than 20 births, whatever the target check says", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN");
    const small = villages.filter((d) => Number(d.births) < threshold);
    // The sample has villages of 10 and of 6 births, and the reviewer's case: 上塘村 with 10 births was not flagged.
    expect(small.length).toBeGreaterThan(3);
    expect(small.length).toBeLessThan(villages.length);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=birth_rate`, {screenshot: "villages-small-base"});
    try {
      const rows = await tableRows(visit.page, "#observablehq-main");
      for (const village of villages) {
        const row = rows.find((r) => r["代码"] === village.village_code)!;
        expect(row, village.village_name).toBeDefined();
        const flagged = Number(village.births) < threshold;
        for (const column of ["出生率(‰)", "一般生育率(‰)", "总和生育率"]) {
          if (flagged) expect(row[column], `${village.village_name} ${column}`).toContain(`(基数${village.births})`);
          else expect(row[column], `${village.village_name} ${column}`).not.toContain("基数");
        }
      }
      const subtitle = await visit.page.locator("h3", {hasText: "点击表头排序"}).innerText();
      expect(subtitle).toContain(`少于${threshold}人`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("the tile map hatches and labels exactly the small-base villages and its legend says so; the small multiples draw their years as hollow points", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN");
    const small = villages.filter((d) => Number(d.births) < threshold);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=birth_rate`);
    try {
      const hatched = await visit.page.locator(".tile-map .tile-small-base").evaluateAll((tiles) => tiles.map((t) => t.querySelector("strong")?.textContent).sort());
      expect(hatched).toEqual(small.map((d) => d.village_name).sort());
      for (const village of small) {
        await expect.poll(() => visit.page.locator(".tile-map .tile-small-base", {hasText: village.village_name}).innerText()).toContain(`基数${village.births}`);
      }
      expect(await visit.page.locator("h3", {hasText: "斜纹格"}).innerText()).toContain(`基数不足${threshold}人`);
      // One hollow point (white fill) per village and year with fewer than 20 births, and only those,
      // as in the table: a target check inconclusive on more births is the verdict's doubt (尚不能确定), not a small base.
      const allYears = read("village_year.csv").filter((d) => d.village_code !== "TOWN" && d.birth_rate !== "");
      const expected = allYears.filter((d) => Number(d.births) < threshold);
      expect(expected.length).toBeGreaterThan(0);
      const hollow = await visit.page.locator('svg[aria-label="各村(社区)出生率历年走势小图"] g.small-base-dot circle').count();
      expect(hollow).toBe(expected.length);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages/<code>.html) of the village with the fewest births flags its 总和生育率 and explains the threshold", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN");
    const fewest = villages.sort((a, b) => Number(a.births) - Number(b.births))[0]!;
    expect(Number(fewest.births)).toBeLessThan(threshold);
    const visit = await openPage(site.browser, `${site.url}/villages/${fewest.village_code}.html?year=${year}`);
    try {
      const card = visit.page.locator(".card", {hasText: `${year}年主要指标`});
      expect(await card.locator("h3").innerText()).toContain(`少于${threshold}人`);
      const rows = await tableRows(visit.page, `.card:has(h2:text("${year}年主要指标"))`);
      expect(rows.find((r) => r["指标"] === "总和生育率")?.["数值"]).toContain(`(基数${fewest.births})`);
      expect(rows.find((r) => r["指标"] === "年末常住人口(人)")?.["数值"]).not.toContain("基数");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("services.html", () => {
  const year = "2025";
  test("openPage(/services.html?year=2025): the funding table divides 经费 by 年平均人口 (pop_avg), not the year-end population", async () => {
    const villageYear = read("village_year.csv").filter((d) => d.year === year);
    const visit = await openPage(site.browser, `${site.url}/services.html?year=${year}`);
    try {
      const card = `.card:has(h2:text("${year}年人均经费"))`;
      const rows = await tableRows(visit.page, card);
      expect(Object.keys(rows[0]!)).toEqual(["村(社区)", "经费投入(元)", "年平均人口(人)", "人均经费投入(元)"]);
      expect(rows.length).toBe(villageYear.length);
      for (const d of villageYear) {
        const row = rows.find((r) => r["村(社区)"] === (d.village_code === "TOWN" ? "全镇" : d.village_name))!;
        expect(Number(row["年平均人口(人)"]), d.village_name).toBe(Number(d.pop_avg));
        const perPerson = Number(row["经费投入(元)"]) / Number(row["年平均人口(人)"]);
        expect(perPerson.toFixed(2), d.village_name).toBe(Number(d.funding_per_capita).toFixed(2));
        expect(row["人均经费投入(元)"]).toContain(Number(d.funding_per_capita).toFixed(2));
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("the coverage heat map hatches the cells with fewer than 20 eligible people, says so in its legend, and its table view marks them (基数N)", async () => {
    const services = read("services.csv").filter((d) => d.year === year && d.village_code !== "TOWN" && d.coverage_rate !== "");
    const small = services.filter((d) => Number(d.eligible) < threshold);
    expect(small.length).toBeGreaterThan(0);
    const visit = await openPage(site.browser, `${site.url}/services.html?year=${year}`, {screenshot: "services-small-base"});
    try {
      const figure = visit.page.locator("figure.chart").first();
      await expect.poll(() => figure.locator('g[fill^="url(#hatch-pattern-"] rect').count()).toBe(small.length);
      expect(await figure.locator("pattern").count()).toBe(1);
      expect(await visit.page.locator("h3", {hasText: "斜纹格"}).innerText()).toContain(`应服务人数不足${threshold}人`);
      const rows = await tableRows(visit.page, `.card:has(h2:text("${year}年各项目覆盖率"))`);
      const names = new Map(read("village_year.csv").map((d) => [d.village_code, d.village_name]));
      // The one project with a target (免费孕前优生健康检查 ≥ 80%) has its verdict's badge after the value.
      const verdicts = new Map(read("target_checks.csv").filter((c) => c.year === year && c.indicator === "prepregnancy_check_coverage_rate").map((c) => [c.village_code, c.status]));
      const badge = (d: Record<string, string>) => (d.project !== "免费孕前优生健康检查" ? "" : verdicts.get(d.village_code) === "met" ? " ✓" : " ✗");
      for (const d of services) {
        const row = rows.find((r) => r["村(社区)"] === names.get(d.village_code) && r["项目"] === d.project)!;
        if (Number(d.eligible) < threshold) expect(row["覆盖率(%)"]).toBe(`${Number(d.coverage_rate).toFixed(2)}(基数${d.eligible})${badge(d)}`);
        else expect(row["覆盖率(%)"]).toBe(`${Number(d.coverage_rate).toFixed(2)}${badge(d)}`);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});

describe("trends.html", () => {
  const codes = () => Array.from(new Set(read("village_year.csv").map((d) => d.village_code).filter((c) => c !== "TOWN"))).sort();
  /** The distinct stroke colours of the chart's lines (one path per area). */
  const lineColours = (page: Page) => page.locator('figure.chart g[aria-label="line"] path').evaluateAll((paths) => paths.map((p) => p.getAttribute("stroke")));

  test("openPage(/trends.html?villages=<all 10>) draws the town and the first 6 villages in 7 distinct colours, says which are left out, and keeps 6 in the URL", async () => {
    const all = codes();
    expect(all.length).toBeGreaterThan(6);
    const visit = await openPage(site.browser, `${site.url}/trends.html?villages=${all.join(",")}`, {screenshot: "trends-all-villages"});
    try {
      const colours = await lineColours(visit.page);
      expect(colours.length).toBe(7);
      expect(new Set(colours).size).toBe(7);
      const names = new Map(read("village_year.csv").map((d) => [d.village_code, d.village_name]));
      const note = await visit.page.locator(".trend-limit-note").innerText();
      expect(note).toContain(`已选${all.length}个`);
      for (const code of all.slice(6)) expect(note).toContain(names.get(code)!);
      await visit.page.waitForURL((url) => url.searchParams.get("villages") === all.slice(0, 6).join(","));
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/trends.html?indicator=sex_ratio_at_birth): the y axis spans the values, the 103–107 band and the town's interval, not the villages' Wilson intervals, which are clipped", async () => {
    const visit = await openPage(site.browser, `${site.url}/trends.html?indicator=sex_ratio_at_birth`, {screenshot: "trends-srb"});
    try {
      const shown = read("village_year.csv").filter((d) => ["TOWN", ...codes().slice(0, 3)].includes(d.village_code) && d.sex_ratio_at_birth !== "");
      const town = shown.filter((d) => d.village_code === "TOWN");
      const reach = [...shown.map((d) => Number(d.sex_ratio_at_birth)), ...town.flatMap((d) => [Number(d.sex_ratio_at_birth_low), Number(d.sex_ratio_at_birth_high)])];
      expect(Math.max(...shown.map((d) => Number(d.sex_ratio_at_birth_high)))).toBeGreaterThan(150);
      const ticks = (await visit.page.locator('figure.chart g[aria-label="y-axis tick label"] text').allTextContents()).map(Number);
      expect(ticks.length).toBeGreaterThan(2);
      expect(Math.max(...ticks)).toBeLessThanOrEqual(Math.max(...reach) + 10);
      expect(Math.min(...ticks)).toBeGreaterThanOrEqual(Math.min(...reach) - 10);
      expect(await visit.page.locator("figure.chart g.interval").first().evaluate((g) => g.parentElement?.getAttribute("clip-path"))).toMatch(/^url\(#/);
      expect(await visit.page.locator("h3", {hasText: "黑色粗线为全镇"}).innerText()).toContain("截去");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/trends.html, a village page) with sex_ratio_at_birth: the town's 95% interval is drawn whole inside the plot, so its width can be read; a village's wider interval is still cut at the plot's edge", async () => {
    const town = read("village_year.csv").filter((d) => d.village_code === "TOWN" && d.sex_ratio_at_birth_low !== "");
    const village = codes()[3];
    for (const path of ["/trends.html?indicator=sex_ratio_at_birth", `/villages/${village}.html?indicator=sex_ratio_at_birth`]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        const figure = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "出生人口性别比"})}).locator("figure.chart").first();
        const bars = await intervalBarsAgainstFrame(figure);
        // The town's bars come first (its line is drawn first), one a year with an interval, each inside the frame.
        expect(bars[0]!.length, path).toBe(town.length);
        expect(bars[0]!.filter((bar) => !bar.inside), `${path}: the town's bars cut at the plot's edge`).toEqual([]);
        expect(bars.slice(1).flat().some((bar) => !bar.inside), `${path}: some village's bar reaches past the plot`).toBe(true);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/trends.html?indicator=sex_ratio_at_birth): each line's 95% interval is a bar per year in the line's colour, set beside the others' bars, never a shaded band laid over them (four such bands made one dark block hiding the 103–107 band)", async () => {
    const visit = await openPage(site.browser, `${site.url}/trends.html?indicator=sex_ratio_at_birth`);
    try {
      const shown = ["TOWN", ...codes().slice(0, 3)];
      const rows = read("village_year.csv").filter((d) => shown.includes(d.village_code) && d.sex_ratio_at_birth_low !== "");
      const figure = visit.page.locator("figure.chart").first();
      expect(await figure.locator('g[aria-label="area"]').count()).toBe(0);
      const bars = await figure.locator("g.interval").evaluateAll((groups) => groups.map((g) => ({
        shift: Number(/translate\(([-\d.]+)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 0),
        lines: Array.from(g.querySelectorAll("line"), (line) => ({x: Number(line.getAttribute("x1")), stroke: line.getAttribute("stroke")}))
      })));
      // One group per line drawn (the town and three villages), one bar per year with an interval.
      expect(bars.length).toBe(shown.length);
      expect(bars.reduce((n, g) => n + g.lines.length, 0)).toBe(rows.length);
      const lineColours = await figure.locator('g[aria-label="line"] path').evaluateAll((paths) => paths.map((p) => p.getAttribute("stroke")));
      expect(bars.map((g) => new Set(g.lines.map((l) => l.stroke)).size)).toEqual(bars.map(() => 1));
      expect(new Set(bars.map((g) => g.lines[0].stroke))).toEqual(new Set(lineColours));
      // Side by side: at a year, no two lines' bars are drawn at the same place.
      const firstYear = bars.map((g) => g.lines[0].x + g.shift);
      expect(new Set(firstYear.map((x) => x.toFixed(1))).size).toBe(shown.length);
      expect(await visit.page.locator("h3", {hasText: "黑色粗线为全镇"}).innerText()).toContain("竖线为各年的95%区间");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(a village page?indicator=sex_ratio_at_birth): the legend says what the bars drawn beside the lines are (95% intervals), as on 趋势", async () => {
    const village = codes()[3];
    const visit = await openPage(site.browser, `${site.url}/villages/${village}.html?indicator=sex_ratio_at_birth`);
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "出生人口性别比"})}).first();
      expect(await card.locator("g.interval line").count()).toBeGreaterThan(0);
      const legend = await card.locator("h3").innerText();
      expect(legend).toContain("竖线为各年的95%区间");
      expect(legend).toContain("截去");
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("clearing every village keeps villages= in the URL, and a reload shows the town alone, not the default villages", async () => {
    const visit = await openPage(site.browser, `${site.url}/trends.html`);
    try {
      expect((await lineColours(visit.page)).length).toBe(4);
      await visit.page.getByLabel("对比村(社区)").selectOption([]);
      await visit.page.waitForURL((url) => url.searchParams.get("villages") === "");
      // Let the page's own requests (the icon) finish: a reload would abort them.
      await visit.settle();
      await visit.page.reload();
      await visit.settle();
      expect(new URL(visit.page.url()).searchParams.get("villages")).toBe("");
      expect(await visit.page.getByLabel("对比村(社区)").evaluate((select) => (select as HTMLSelectElement).selectedOptions.length)).toBe(0);
      await expect.poll(async () => (await lineColours(visit.page)).length).toBe(1);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});
