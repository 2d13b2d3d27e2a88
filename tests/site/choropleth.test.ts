import {join} from "node:path";
import {csvParse} from "d3";
import {describe, expect, test} from "vitest";
import {csvTextFromFile} from "../../loaders/publish/csvTextFromFile.ts";
// @ts-expect-error -- plain JavaScript without type declarations
import {formatValue} from "../../src/components/formatValue.js";
import {elementsPastWidth, openPage, type PageVisit, expectNoProblems} from "./browser.ts";
import {useGeojsonSite} from "./geojsonSite.ts";

// The sample with villages.geojson (writeGeojsonTown): a rectangle per village, wound either way, and
// two villages named 新村.
const {site, town} = useGeojsonSite();

/** Bounding boxes of the paths of the map's geo mark, and the size of its SVG. */
async function mapShapes(visit: PageVisit) {
  const map = visit.page.locator('figure.chart svg[aria-label*="地图"]').first();
  await expect.poll(() => map.count()).toBe(1);
  return map.evaluate((svg) => ({
    svg: svg.getBoundingClientRect().toJSON() as DOMRect,
    paths: Array.from(svg.querySelectorAll('g[aria-label="geo"]:not(.small-base-hatch) path'), (path) => path.getBoundingClientRect().toJSON() as DOMRect),
    dots: svg.querySelectorAll('g[aria-label="dot"] circle').length
  }));
}

describe("the villages page draws the boundaries of villages.geojson", () => {
  test("openPage(/villages.html) on an extract with villages.geojson draws one path per village, each a small shape inside the map, with no console error", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`, {screenshot: "villages-geojson"});
    try {
      const {svg, paths} = await mapShapes(visit);
      expect(paths.length).toBe(town.codes.length);
      for (const box of paths) {
        // A ring read the wrong way round covers the whole map instead of one rectangle.
        expect(box.width).toBeGreaterThan(0);
        expect(box.width).toBeLessThan(svg.width / 3);
        expect(box.height).toBeLessThan(svg.height / 2);
      }
      expect(await visit.page.locator(".tile-map").count()).toBe(0);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?indicator=pop_end) maps a count as one bubble per village over the boundaries", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html?indicator=pop_end`);
    try {
      const {svg, paths, dots} = await mapShapes(visit);
      expect(paths.length).toBe(town.codes.length);
      for (const box of paths) expect(box.width).toBeLessThan(svg.width / 3);
      expect(dots).toBe(town.codes.length);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?year=2025&indicator=birth_rate) hatches exactly the villages with fewer than 20 births, over their colour, and their tips name the base", async () => {
    const villages = csvParse(csvTextFromFile(join(site.outputsDir, "village_year.csv"))).filter((d) => d.year === "2025" && d.village_code !== "TOWN" && d.birth_rate !== "");
    const small = villages.filter((d) => Number(d.births) < 20); // minReliableCount of src/components/smallBase.js
    expect(small.length).toBeGreaterThan(3);
    expect(small.length).toBeLessThan(villages.length);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=2025&indicator=birth_rate`, {screenshot: "villages-geojson-small-base"});
    try {
      const map = visit.page.locator('figure.chart svg[aria-label*="地图"]').first();
      await expect.poll(() => map.count()).toBe(1);
      const drawn = await map.evaluate((svg) => ({
        coloured: svg.querySelectorAll('g[aria-label="geo"]:not(.small-base-hatch) path').length,
        hatched: Array.from(svg.querySelectorAll("g.small-base-hatch path"), (path) => path.getAttribute("fill") ?? path.parentElement?.getAttribute("fill")),
        pattern: svg.querySelectorAll("defs pattern").length
      }));
      expect(drawn.coloured).toBe(town.codes.length);
      expect(drawn.hatched.length).toBe(small.length);
      for (const fill of drawn.hatched) expect(fill).toMatch(/^url\(#hatch-pattern-\d+\)$/);
      expect(drawn.pattern).toBeGreaterThanOrEqual(1);
      expect(await visit.page.locator("h3", {hasText: "按村(社区)边界"}).innerText()).toContain("斜纹为基数不足20人");
      // Darker is higher, as on the tile map and the coverage heat map, and the legend says so.
      expect(await visit.page.locator("h3", {hasText: "按村(社区)边界"}).innerText()).toContain("颜色越深数值越高");
      const byRate = villages.slice().sort((a, b) => Number(a.birth_rate) - Number(b.birth_rate));
      const lightness = (code: string) => map.locator('g[aria-label="geo"]:not(.small-base-hatch) path').nth(town.codes.indexOf(code)).evaluate((path) => {
        const [r, g, b] = (getComputedStyle(path).fill.match(/\d+/g) ?? []).map(Number);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      });
      expect(await lightness(byRate.at(-1)!.village_code!)).toBeLessThan(await lightness(byRate[0]!.village_code!));
      // The tip of a hatched village names its base; a village with enough births has none. (Paths
      // follow the features, i.e. the codes; the hatch lets the pointer through to the coloured path.)
      const large = villages.find((d) => Number(d.births) >= 20)!;
      for (const village of [small[0]!, large]) {
        const box = await map.locator('g[aria-label="geo"]:not(.small-base-hatch) path').nth(town.codes.indexOf(village.village_code!)).boundingBox();
        await visit.page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
        const tip = map.locator('g[aria-label="tip"]');
        await expect.poll(() => tip.textContent()).toContain(village.village_name);
        if (village === large) expect(await tip.textContent()).not.toContain("基数");
        else expect(await tip.textContent()).toContain(`基数${village.births},比率不稳定`);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html?indicator=funding_per_capita) names the target above the map, marks each village's boundary with its verdict badge (✓/✗) and says it, with the gap of a miss, in its tip", async () => {
    const checks = csvParse(csvTextFromFile(join(site.outputsDir, "target_checks.csv"))).filter((c) => c.year === "2025" && c.indicator === "funding_per_capita");
    const villages = checks.filter((c) => c.village_code !== "TOWN");
    const notMet = villages.filter((c) => c.status === "not_met");
    expect(notMet.length).toBeGreaterThan(0); // the sample has villages below 8.5 yuan
    expect(notMet.length).toBeLessThan(villages.length);
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=2025&indicator=funding_per_capita`, {screenshot: "villages-geojson-verdict"});
    try {
      const card = visit.page.locator(".card", {has: visit.page.locator("h2", {hasText: "2025年人均经费投入分布"})});
      expect(await card.locator("h3").innerText()).toContain(`目标:${checks.find((c) => c.village_code === "TOWN")!.label},✓ 达标,✗ 未达标`);
      const map = card.locator('figure.chart svg[aria-label*="地图"]');
      await expect.poll(() => map.count()).toBe(1);
      // Each badge stands inside the boundary of its village (paths follow the features, i.e. the codes).
      const drawn = await map.evaluate((svg) => {
        const centre = (e: Element) => {
          const box = e.getBoundingClientRect();
          return [box.x + box.width / 2, box.y + box.height / 2];
        };
        const boxes = Array.from(svg.querySelectorAll('g[aria-label="geo"]:not(.small-base-hatch) path'), (p) => p.getBoundingClientRect());
        const inside = (e: Element) => {
          const [x, y] = centre(e);
          return boxes.findIndex((b) => x > b.left && x < b.right && y > b.top && y < b.bottom);
        };
        return Array.from(svg.querySelectorAll("g.target-badge text"), (t) => ({symbol: t.textContent, village: inside(t), colour: t.closest("g")?.getAttribute("fill") ?? t.getAttribute("fill")}));
      });
      expect(drawn).toHaveLength(villages.length);
      const at = (symbol: string) => drawn.filter((d) => d.symbol === symbol).map((d) => town.codes[d.village]).sort();
      expect(at("✗")).toEqual(notMet.map((c) => c.village_code).sort());
      expect(at("✓")).toEqual(villages.filter((c) => c.status === "met").map((c) => c.village_code).sort());
      // The tip of a village not met says so, and by how much, as the tile map and the caption do.
      const missed = notMet[0]!;
      const published = formatValue(Number(missed.actual), "元");
      const box = await map.locator('g[aria-label="geo"]:not(.small-base-hatch) path').nth(town.codes.indexOf(missed.village_code!)).boundingBox();
      // Off the centre, where the badge sits (it lets the pointer through, but the tip is the geo's).
      await visit.page.mouse.move(box!.x + box!.width / 4, box!.y + box!.height / 4);
      await expect.poll(() => map.locator('g[aria-label="tip"]').textContent()).toContain(`${published}(未达标,低于目标${formatValue(Number(missed.value) - Number(published.slice(0, -1)), "元")})`);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) at 1280px, then in print media at A4's printable width (186 mm): the boundary map, every village drawn, is within the page and at least half its width", async () => {
    const printableWidth = Math.floor(((210 - 2 * 12) / 25.4) * 96); // src/villages.md's @page: A4 portrait, 12 mm margins
    const visit = await openPage(site.browser, `${site.url}/villages.html`);
    try {
      const drawn = await mapShapes(visit);
      await visit.page.emulateMedia({media: "print"});
      await visit.page.setViewportSize({width: printableWidth, height: 1000});
      // (The page may redraw the map for its new width: measured once it is drawn.)
      await expect.poll(async () => (await mapShapes(visit)).svg.width).toBeGreaterThan(printableWidth / 2);
      const printed = await mapShapes(visit);
      expect(printed.paths.length).toBe(town.codes.length);
      expect(await elementsPastWidth(visit.page, ".villages-map", printableWidth)).toEqual([]);
      expect(drawn.svg.width).toBeGreaterThan(0);
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/villages.html) on an extract with two villages named 新村: the tip of each one's boundary names it 新村(code)", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html?year=2025&indicator=birth_rate`);
    try {
      const map = visit.page.locator('figure.chart svg[aria-label*="地图"]').first();
      await expect.poll(() => map.count()).toBe(1);
      for (const code of town.twins) {
        const box = await map.locator('g[aria-label="geo"]:not(.small-base-hatch) path').nth(town.codes.indexOf(code)).boundingBox();
        await visit.page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
        await expect.poll(() => map.locator('g[aria-label="tip"]').textContent()).toContain(`新村(${code}):`);
      }
      expectNoProblems(visit);
    } finally {
      await visit.context.close();
    }
  });
});
