import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {expectNoProblems, openPage} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// Legends, titles and notices that say what the page shows, in chromium: darker is higher on every
// map, an uncertain badge is explained in words, a table is titled for what it holds, money is
// written as money, and a link's value the data does not have is named.
const site = useSampleSite();
const read = (file: string) => csvParse(csvTextFromFile(join(site.outputsDir, file)));
const year = "2025";

/** Relative luminance (0 black – 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("legends and titles", () => {
  test("openPage(/villages.html?year=2025&indicator=birth_rate): the tile of the highest value is darker than the lowest's, and the legend says darker is higher and what a dashed badge means", async () => {
    const villages = read("village_year.csv").filter((d) => d.year === year && d.village_code !== "TOWN").sort((a, b) => Number(a.birth_rate) - Number(b.birth_rate));
    const [lowest, highest] = [villages[0], villages.at(-1)!];
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=${year}&indicator=birth_rate`);
    try {
      expectNoProblems(visit);
      const fill = (name: string) => visit.page.locator(".tile-map > *", {hasText: name}).first().evaluate((tile) => getComputedStyle(tile).backgroundColor);
      expect(luminance(await fill(highest.village_name))).toBeLessThan(luminance(await fill(lowest.village_name)));
      const legend = await visit.page.locator(".villages-map h3").innerText();
      expect(legend).toContain("颜色越深数值越高");
      expect(legend).toContain("虚线框的标记为尚不能确定(95%区间跨越目标两侧)");
      expect(await visit.page.locator("h2", {hasText: "主要指标"}).first().innerText()).toBe(`表1 ${year}年各村(社区)主要指标`);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) explains the dashed frame in words, on screen as on paper (no '见提示'); /index.html's sex-ratio card says 95%; /quality.html keeps the targets' note out of the balancing check", async () => {
    const services = await openPage(site.browser, `${site.url}/services.html?year=${year}`);
    try {
      const heading = await services.page.locator(".card h3", {hasText: "颜色越深覆盖率越高"}).innerText();
      expect(heading).toContain("虚框为尚不能确定");
      expect(heading).not.toContain("见提示");
    } finally {
      await services.context.close();
    }
    const index = await openPage(site.browser, `${site.url}/index.html?year=${year}`);
    try {
      expect(await index.page.locator('.kpi[data-indicator="sex_ratio_at_birth"]').innerText()).toMatch(/95%区间 \d+\.\d\d—\d+\.\d\d/);
    } finally {
      await index.context.close();
    }
    const quality = await openPage(site.browser, `${site.url}/quality.html`);
    try {
      expectNoProblems(quality);
      const notes = (JSON.parse(readFileSync(join(site.outputsDir, "quality.json"), "utf-8")) as {notes: string[]}).notes;
      expect(notes.length).toBeGreaterThan(0);
      expect(await quality.page.locator(".card", {has: quality.page.locator("h2", {hasText: "人口平衡检验"})}).innerText()).not.toContain(notes[0]);
      expect(await quality.page.locator(".quality-notes").innerText()).toContain(notes[0]);
    } finally {
      await quality.context.close();
    }
  });

  test("openPage(a village page): sums of money are written exactly without '.00', per-person money with two decimals; its first year says there is no year before", async () => {
    const rows = read("village_year.csv").filter((d) => d.village_code === "330781101001");
    const first = rows.map((d) => d.year).sort()[0];
    const visit = await openPage(site.browser, `${site.url}/villages/330781101001.html?year=${year}`);
    try {
      const table = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "主要指标"})});
      const funding = await table.locator("tr", {hasText: /^\s*经费投入/}).first().innerText();
      expect(funding).not.toMatch(/\.00/);
      expect(funding).toContain(String(Number(rows.find((d) => d.year === year)!.funding_yuan)));
      expect(await table.locator("tr", {hasText: "人均经费"}).innerText()).toMatch(/\d+\.\d\d/);
    } finally {
      await visit.context.close();
    }
    const firstYear = await openPage(site.browser, `${site.url}/villages/330781101001.html?year=${first}`);
    try {
      const heading = await firstYear.page.locator(".card h3", {hasText: "基数N"}).innerText();
      expect(heading).not.toContain(`与${Number(first) - 1}年比较`);
      expect(heading).toContain(`${first}年是登记的第一个年份,没有上年可比`);
    } finally {
      await firstYear.context.close();
    }
  });

  test("openPage(/index.html?year=2013, /projections.html?village=bad): a link's value the data does not have is named in one line, and a valid one says nothing", async () => {
    const years = [...new Set(read("village_year.csv").map((d) => Number(d.year)))].sort();
    const absent = years[0] - 1;
    for (const [path, expected] of [
      [`/index.html?year=${absent}`, `链接中的年份“${absent}”不在数据中(可选${years[0]}—${years.at(-1)}年),已显示${years.at(-1)}年。`],
      ["/projections.html?village=bad", "链接中的范围“bad”不在数据中,已显示全镇。"],
      [`/villages/330781101001.html?year=${absent}`, `链接中的年份“${absent}”不在数据中`]
    ]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        expectNoProblems(visit);
        expect(await visit.page.locator(".url-notice").innerText(), path).toContain(expected);
      } finally {
        await visit.context.close();
      }
    }
    const valid = await openPage(site.browser, `${site.url}/index.html?year=${years.at(-1)}`);
    try {
      expect(await valid.page.locator(".url-notice").count()).toBe(0);
    } finally {
      await valid.context.close();
    }
  });
});
