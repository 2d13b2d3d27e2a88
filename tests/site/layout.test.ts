import {existsSync, readdirSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
import {openPage, expectNoProblems} from "./browser.ts";
import {useSampleSite} from "./sampleSite.ts";

// Layout in chromium at a phone's and a laptop's width: nothing wider than the screen, no table
// column hidden past its card, year axes that can be read, a favicon, a title naming the village.
const pages = ["index", "villages", "trends", "age-structure", "services", "projections", "quality", "bulletin", "downloads"];
const phone = {width: 390, height: 844};

const site = useSampleSite();
let villageYear: Record<string, string>[];
let firstVillage: string;

beforeAll(() => {
  villageYear = csvParse(csvTextFromFile(join(site.outputsDir, "village_year.csv")));
  firstVillage = readdirSync(join(site.outDir, "villages")).filter((f) => f.endsWith(".html")).sort()[0]!.replace(/\.html$/, "");
});

function paths(): string[] {
  const built = pages.filter((page) => existsSync(join(site.outDir, `${page}.html`))).map((page) => `/${page}.html`);
  return [...built, `/villages/${firstVillage}.html`];
}

/** Tables (their scrolling boxes) whose content is wider than the box, with the card's heading. */
function overflowingTables(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((boxes) =>
    boxes
      .filter((box) => box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.closest(".card")?.querySelector("h2")?.textContent ?? "?"}: ${box.scrollWidth} > ${box.clientWidth}`)
  );
}

/** X-axis labels (years, or a heat map's projects) of the chart in the card titled `heading` that overlap the next one. */
function overlappingYearLabels(page: Page, heading: string): Promise<{labels: string[]; overlaps: string[]}> {
  return page.locator(".card", {has: page.locator("h2", {hasText: heading})}).first().evaluate((card) => {
    const texts = [...card.querySelectorAll('svg [aria-label="x-axis tick label"] text')];
    const boxes = texts.map((t) => ({text: t.textContent ?? "", box: t.getBoundingClientRect()})).sort((a, b) => a.box.left - b.box.left);
    const overlaps = boxes.slice(1).filter((b, i) => b.box.left < boxes[i].box.right + 2).map((b) => b.text);
    return {labels: boxes.map((b) => b.text), overlaps};
  });
}

describe("layout in chromium", () => {
  test("openPage(each page and a village page) at 390px: the page is no wider than the viewport", async () => {
    const tooWide: string[] = [];
    for (const path of paths()) {
      const visit = await openPage(site.browser, site.url + path, {viewport: phone, screenshot: `phone-${path.slice(1).replace(/\.html$/, "").replace(/\//g, "-")}`});
      try {
        expectNoProblems(visit);
        const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
        if (width > phone.width) tooWide.push(`${path}: ${width}px`);
      } finally {
        await visit.context.close();
      }
    }
    expect(tooWide).toEqual([]);
  });

  test("openPage(each page and a village page) at 390px: a card stacked in one column is as tall as its content, not as the grid's tallest card", async () => {
    const blank: string[] = [];
    for (const path of paths()) {
      const visit = await openPage(site.browser, site.url + path, {viewport: phone});
      try {
        blank.push(...(await visit.page.locator(".grid > .card").evaluateAll((cards) =>
          cards.flatMap((card) => {
            // Only a card alone in its row: two cards side by side (headline cards) share the row's height.
            const top = card.getBoundingClientRect().top;
            if ([...card.parentElement!.children].some((other) => other !== card && Math.abs(other.getBoundingClientRect().top - top) < 1)) return [];
            const children = [...card.children].filter((child) => child.getClientRects().length > 0);
            if (!children.length) return [];
            const contentBottom = Math.max(...children.map((child) => child.getBoundingClientRect().bottom));
            const gap = card.getBoundingClientRect().bottom - contentBottom - parseFloat(getComputedStyle(card).paddingBottom);
            return gap > 40 ? [`${card.querySelector("h2")?.textContent ?? "?"}: ${Math.round(gap)}px blank`] : [];
          })
        )).map((card) => `${path} ${card}`));
      } finally {
        await visit.context.close();
      }
    }
    expect(blank).toEqual([]);
  });

  test("openPage(/villages.html) at 390px: the 主要指标 table scrolled to its last column still names the village of every row", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`, {viewport: phone});
    try {
      const box = visit.page.locator(".card:has(h2:text-matches('主要指标')) .table-scroll");
      await box.scrollIntoViewIfNeeded();
      await box.evaluate((b) => b.scrollTo({left: b.scrollWidth}));
      await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
      const hidden = await box.evaluate((b) => {
        const frame = b.getBoundingClientRect();
        return [...b.querySelectorAll("tbody tr")].flatMap((tr) => {
          const name = tr.children[1] as HTMLElement;
          const r = name.getBoundingClientRect();
          const shown = r.left >= frame.left - 1 && r.right <= frame.right + 1 && name.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
          return shown ? [] : [name.textContent ?? "?"];
        });
      });
      expect(await box.locator("tbody tr").count()).toBeGreaterThan(1);
      expect(hidden).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html) at 390px: the coverage heat map's project names do not overlap", async () => {
    if (!existsSync(join(site.outDir, "services.html"))) return;
    const visit = await openPage(site.browser, `${site.url}/services.html`, {viewport: phone});
    try {
      const {labels, overlaps} = await overlappingYearLabels(visit.page, "各项目覆盖率");
      expect(labels.length).toBeGreaterThan(1);
      expect(overlaps, labels.join(" | ")).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages/<code>.html) at 1280px: the 主要指标 table fits its card, every value with its unit and badge whole", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages/${firstVillage}.html`, {screenshot: `village-${firstVillage}-1280`});
    try {
      expectNoProblems(visit);
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "年主要指标"})});
      await expect.poll(() => card.locator("tbody tr").count()).toBeGreaterThan(20);
      expect(await overflowingTables(visit.page, ".card:has(h2:text-matches('年主要指标')) .table-wide")).toEqual([]);
      const clipped = await card.locator("td, .badge").evaluateAll((cells) => {
        const cardBox = cells[0].closest(".card")!.getBoundingClientRect();
        return cells
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || cell.getBoundingClientRect().right > cardBox.right)
          .map((cell) => cell.textContent ?? "");
      });
      expect(clipped).toEqual([]);
      // Units: with the label ("出生率(‰)"), as in the villages table.
      const labels = await card.locator("tbody tr td:first-child").allInnerTexts();
      expect(labels).toContain("出生率(‰)");
      expect(labels).toContain("年末常住人口(人)");
      // The value of a count is whole (no digit lost to the card's edge).
      const town = villageYear.find((d) => d.village_code === firstVillage && d.year === villageYear.filter((r) => r.village_code === firstVillage).map((r) => r.year).sort().at(-1));
      const popRow = card.locator("tbody tr", {hasText: "年末常住人口(人)"});
      expect((await popRow.locator("td.num").innerText()).trim()).toContain(String(Math.round(Number(town!.pop_end))));
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/downloads.html, /quality.html, /projections.html) at 1280px: the data dictionary, the quality tables and the accuracy table fit their cards (long text wraps)", async () => {
    for (const path of ["/downloads.html", "/quality.html", "/projections.html"]) {
      if (!existsSync(join(site.outDir, path))) continue;
      const visit = await openPage(site.browser, site.url + path, {screenshot: `${path.slice(1, -5)}-1280`});
      try {
        expectNoProblems(visit);
        const selector =
          path === "/downloads.html" ? ".card:has(h2:text-is('数据字典')) .table-scroll"
          : path === "/projections.html" ? ".card:has(h2:text-is('预测有多准')) .table-wide, .card:has(h2:text-is('预测有多准')) .table-scroll"
          : ".card .table-wide, .card .table-scroll";
        expect(await overflowingTables(visit.page, selector), path).toEqual([]);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/index.html, /age-structure.html) at 390px: the year axis labels fewer years and none overlap", async () => {
    for (const [path, heading] of [["/index.html", "出生率、死亡率与自然增长率"], ["/age-structure.html", "老龄化与抚养比走势"]]) {
      const visit = await openPage(site.browser, site.url + path, {viewport: phone});
      try {
        const {labels, overlaps} = await overlappingYearLabels(visit.page, heading);
        expect(labels.length, path).toBeGreaterThan(1);
        expect(labels.every((label) => /^\d{4}$/.test(label)), `${path}: ${labels.join(" ")}`).toBe(true);
        expect(overlaps, `${path}: ${labels.join(" ")}`).toEqual([]);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/bulletin.html) at 390px: the births and deaths chart labels fewer years and none overlap", async () => {
    if (!existsSync(join(site.outDir, "bulletin.html"))) return;
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`, {viewport: phone});
    try {
      const chart = visit.page.locator('svg[aria-label="出生和死亡人口"]').first();
      const labels = await chart.locator('[aria-label="x-axis tick label"] text').evaluateAll((texts) =>
        texts.map((t) => ({text: t.textContent ?? "", left: t.getBoundingClientRect().left, right: t.getBoundingClientRect().right})).sort((a, b) => a.left - b.left)
      );
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.every((label) => /^\d{4}$/.test(label.text)), labels.map((l) => l.text).join(" ")).toBe(true);
      expect(labels.slice(1).filter((label, i) => label.left < labels[i].right + 2).map((label) => label.text)).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/bulletin.html) at 390px: 表1 and 表2 break their headers and village names only between words (not 自然增/长, 60岁及以/上, 性别比(女/=100), 青石社/区), and still fit the screen", async () => {
    // The words of the bulletin's headers; every other header and every village name is one word.
    const words: Record<string, string[]> = {
      "自然增长": ["自然", "增长"], "自然增长率": ["自然", "增长率"], "60岁及以上": ["60岁", "及以上"],
      "60岁及以上比重": ["60岁", "及以上", "比重"], "性别比(女=100)": ["性别比", "(女=100)"]
    };
    const visit = await openPage(site.browser, `${site.url}/bulletin.html`, {viewport: phone, screenshot: "phone-bulletin-tables"});
    try {
      expectNoProblems(visit);
      const cells = await visit.page.locator(".bulletin-table th").evaluateAll((ths) => ths.map((th) => {
        // The line each character is set on, from the top of its box: the cell's text as the lines it is set in.
        const lines: {top: number; text: string}[] = [];
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = range.getBoundingClientRect().top;
            const line = lines.at(-1);
            if (line && Math.abs(line.top - top) < 4) line.text += node.textContent![i];
            else lines.push({top, text: node.textContent![i]!});
          }
        }
        return lines.map((line) => line.text);
      }));
      expect(cells.length).toBeGreaterThan(16);
      const broken = cells.filter((lines) => {
        const text = lines.join("");
        const cuts = new Set((words[text] ?? [text]).map((_, i, all) => all.slice(0, i).join("").length));
        return lines.slice(1).some((_, i) => !cuts.has(lines.slice(0, i + 1).join("").length));
      });
      expect(broken.map((lines) => lines.join("/"))).toEqual([]);
      // Two-line headers there are (the table is narrow): the test saw breaks, all of them between words.
      expect(cells.some((lines) => lines.length > 1)).toBe(true);
      const tooWide = await visit.page.locator(".bulletin-table").evaluateAll((figures) => figures.filter((f) => f.scrollWidth > f.clientWidth + 1).map((f) => f.querySelector("figcaption")?.textContent));
      expect(tooWide).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("every page links a local favicon that answers 200, so no browser asks for /favicon.ico", async () => {
    for (const path of paths()) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        const href = await visit.page.locator('head link[rel="icon"]').getAttribute("href");
        expect(href, path).toBeTruthy();
        const url = new URL(href!, site.url + path);
        expect(url.origin, path).toBe(new URL(site.url).origin);
        expect((await visit.page.request.get(url.href)).status(), `${path} → ${url.href}`).toBe(200);
      } finally {
        await visit.context.close();
      }
    }
  });

  test("openPage(/villages/<code>.html) names the village in the document title", async () => {
    const name = villageYear.find((d) => d.village_code === firstVillage)!.village_name;
    const visit = await openPage(site.browser, `${site.url}/villages/${firstVillage}.html`);
    try {
      await expect.poll(() => visit.page.title()).toBe(`${name} · 村居详情 | 人口发展公报`);
    } finally {
      await visit.context.close();
    }
  });
});
