import {readdirSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import config from "../../observablehq.config.ts";
import {openPage} from "./browser.ts";
import {projectDir} from "./buildSite.ts";
import {useGeojsonSite} from "./geojsonSite.ts";
import {largeTownVillages, useLargeTownSite} from "./largeTownSite.ts";
import {useSampleSite} from "./sampleSite.ts";

/** The WCAG 2.0 and 2.1 levels A and AA, which GB/T 37668-2019 follows. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Parts of the page that Observable Framework draws and the project cannot change (neither from
 * observablehq.config.ts nor style.css), each with the reason. A rule is never disabled as a whole.
 * None today: what axe found in Framework's frame is mended from the project (style.css: the muted
 * grey of the sidebar's links and the footer's colour; observablehq.config.ts: the viewport that forbade
 * zooming and the close button inside the sidebar's list).
 */
const excluded: {selector: string; why: string}[] = [];

/** contrastRatio(a, b) is the WCAG 2 contrast ratio of two opaque computed CSS colours, "rgb(r, g, b)" or (a color-mix) "color(srgb r g b)". */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const scale = color.startsWith("color(srgb") ? 1 : 255;
    const [r, g, bl] = color.match(/[\d.]+/g)!.map((v) => Number(v) / scale).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const site = useSampleSite();
// The views the sample does not draw, from the fixture sites other tests build (shared builds): the
// boundary map (an extract with villages.geojson) and the coverage heat map of 61 villages (no labels).
const {site: geojsonSite} = useGeojsonSite();
const largeTown = useLargeTownSite();
let axeSource: string;
let paths: string[];

beforeAll(async () => {
  axeSource = await readFile(join(projectDir, "node_modules", "axe-core", "axe.min.js"), "utf-8");
  // Every page of the sidebar (the bulletin among them) and one village's page.
  const village = readdirSync(join(site.outDir, "villages")).filter((f) => f.endsWith(".html")).sort()[0];
  paths = [...config.pages.map(({path}) => (path === "/" ? "/index.html" : `${path}.html`)), `/villages/${village}`];
});

interface Violation {
  rule: string;
  impact: string;
  targets: string[];
  /** What the rule asks, or for a contrast failure the colours and ratio found. */
  help: string;
}

/**
 * What axe cannot judge in a table that scrolls in its box, under a pinned header row and name column
 * (it reports the cells' contrast as "partially obscured", not checked): for the check, the tables are
 * laid out whole and unpinned. No colour changes.
 */
const unpinnedTables = `table.data th, table.data td { position: static !important; }
.table-scroll { max-height: none !important; overflow: visible !important; content-visibility: visible !important; }`;

/**
 * axeViolations(page) injects axe-core (the local file, no network) and runs it with the WCAG 2 A/AA
 * tags on the page with every <details> open (the charts' 表格视图 are checked too) and its tables
 * unpinned (unpinnedTables), outside `excluded`.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.addStyleTag({content: unpinnedTables});
  await page.addScriptTag({content: axeSource});
  return page.evaluate(async ({tags, exclude}) => {
    // @ts-expect-error -- axe is the global the injected script defines
    const result = await window.axe.run({include: [["html"]], exclude: exclude.map((s: string) => [s])}, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
    type Check = {data?: {fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string}};
    return result.violations.flatMap((v: {id: string; impact: string; help: string; nodes: {target: string[]; any: Check[]}[]}) =>
      v.nodes.map((n) => {
        // A contrast failure names its colours and ratio, so the fix can be chosen from the message.
        const data = n.any.find((c) => c.data?.contrastRatio)?.data;
        const help = data ? `${data.fgColor} on ${data.bgColor} ${data.contrastRatio}:1 < ${data.expectedContrastRatio}` : v.help;
        return {rule: v.id, impact: v.impact, targets: n.target.map(String), help};
      }));
  }, {tags: wcagTags, exclude: excluded.map((e) => e.selector)});
}

/** A violation as the tests list it: rule, impact, where, and what is wrong. */
function violationLine(v: Violation): string {
  return `${v.rule} (${v.impact}) ${v.targets.join(" ")}: ${v.help}`;
}

describe("accessibility of the built site (axe-core, WCAG 2 A/AA) in chromium", () => {
  test("axe.run(every page, the bulletin and a village page) finds no violation", async () => {
    expect(paths).toContain("/bulletin.html");
    expect(paths.some((p) => p.startsWith("/villages/"))).toBe(true);
    const found: string[] = [];
    for (const path of paths) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        for (const v of await axeViolations(visit.page)) found.push(`${path} ${violationLine(v)}`);
      } finally {
        await visit.context.close();
      }
    }
    expect(found).toEqual([]);
  });

  test("axe.run(/villages.html drawing the boundary map of villages.geojson: a rate hatched where its base is small, a count as bubbles, an indicator with a target and its badges) finds no violation", async () => {
    const found: string[] = [];
    for (const path of ["/villages.html?year=2025&indicator=birth_rate", "/villages.html?indicator=pop_end", "/villages.html?indicator=funding_per_capita"]) {
      const visit = await openPage(geojsonSite.browser, geojsonSite.url + path);
      try {
        // The boundary map, not the tile map, is what is scanned.
        expect(await visit.page.locator('figure svg[aria-label$="地图"] g[aria-label="geo"]').count(), path).toBeGreaterThan(0);
        expect(await visit.page.locator(".tile-map").count(), path).toBe(0);
        for (const v of await axeViolations(visit.page)) found.push(`${path} ${violationLine(v)}`);
      } finally {
        await visit.context.close();
      }
    }
    expect(found).toEqual([]);
  });

  test("openPage(/villages.html?indicator=funding_per_capita drawing the boundary map): each ✓/✗ on the map reads at least 4.5:1 on its white disc, and the discs are ringed in the same colour", async () => {
    // (axe does not judge text inside an SVG.) Each badge is a disc (a dot mark) and a symbol (a text
    // mark), both of class target-badge; the discs are white.
    const visit = await openPage(geojsonSite.browser, `${geojsonSite.url}/villages.html?indicator=funding_per_capita`);
    try {
      const badges = await visit.page.locator('figure svg[aria-label$="地图"] g.target-badge').evaluateAll((groups) =>
        groups.map((g) => ({kind: g.getAttribute("aria-label"), className: g.getAttribute("class") ?? "", shapes: [...g.querySelectorAll("circle, text")].map((el) => ({text: el.textContent ?? "", fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke}))})));
      const symbols = badges.filter((b) => b.kind === "text");
      const discs = badges.filter((b) => b.kind === "dot");
      expect(symbols.flatMap((b) => b.shapes).length).toBeGreaterThan(0);
      expect(new Set(discs.flatMap((b) => b.shapes.map((d) => d.fill)))).toEqual(new Set(["rgb(255, 255, 255)"]));
      const poor = symbols.flatMap((b) => b.shapes.filter((t) => contrastRatio(t.fill, "rgb(255, 255, 255)") < 4.5).map((t) => `${b.className} ${t.text}: ${t.fill} on white ${contrastRatio(t.fill, "rgb(255, 255, 255)").toFixed(2)}:1`));
      expect([...new Set(poor)]).toEqual([]);
      // A disc's ring is in its symbol's colour, as the tile map's badges are framed in theirs.
      const symbolFill = new Map(symbols.map((b) => [b.className, b.shapes[0]!.fill]));
      expect(discs.map((b) => [b.className, [...new Set(b.shapes.map((d) => d.stroke))]])).toEqual(discs.map((b) => [b.className, [symbolFill.get(b.className)]]));
    } finally {
      await visit.context.close();
    }
  });

  test(`axe.run(/services.html of a ${largeTownVillages}-village town: the coverage heat map without cell labels, and its table view of every village) finds no violation`, async () => {
    const visit = await openPage(largeTown.browser, `${largeTown.url}/services.html`);
    try {
      const heatMap = visit.page.locator('svg[aria-label$="各项目覆盖率"]');
      expect(await heatMap.count()).toBe(1);
      // No value printed in the cells (cellLabelsShown): the heat map axe sees is the one without labels.
      expect(await heatMap.locator('g[aria-label="text"] text').count()).toBe(0);
      const found = (await axeViolations(visit.page)).map(violationLine);
      expect(found).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("axe.run(/projections.html with a chart's tip shown under the pointer) finds no violation: the tip Plot draws anew is hidden with its chart", async () => {
    const visit = await openPage(site.browser, `${site.url}/projections.html`);
    try {
      // The births panel of 出生、学龄和老年人口: its dots have tips.
      const chart = visit.page.locator(".projection-summary-chart svg[role=img]").first();
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.locator('g[aria-label="dot"] circle').last().boundingBox();
      await visit.page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      const tip = chart.locator('g[aria-label="tip"]');
      await expect.poll(() => tip.textContent()).not.toBe("");
      expect(await tip.getAttribute("aria-hidden")).toBe("true");
      const found = (await axeViolations(visit.page)).map(violationLine);
      expect(found).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(/services.html): each value printed on the coverage heat map reads at least 4.5:1 on its cell", async () => {
    // (axe does not judge text inside an SVG.) A label's halo (stroke) is its cell's colour.
    const visit = await openPage(site.browser, `${site.url}/services.html`);
    try {
      const labels = await visit.page.locator('svg[aria-label$="各项目覆盖率"] g[aria-label="text"] text').evaluateAll((texts) =>
        texts.map((t) => ({text: t.textContent ?? "", fill: getComputedStyle(t).fill, cell: getComputedStyle(t).stroke})));
      expect(labels.length).toBeGreaterThan(0);
      const poor = labels.filter((l) => contrastRatio(l.fill, l.cell) < 4.5).map((l) => `${l.text}: ${l.fill} on ${l.cell} ${contrastRatio(l.fill, l.cell).toFixed(2)}:1`);
      expect(poor).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });

  test("openPage(村居, 项目与经费, a village page): the words told by their colour (verdict badges, 尚不能确定, 基数N) read at least 4.5:1 on their background", async () => {
    // (axe leaves these out: it takes a badge's ✓/✗ for an icon and does not judge its colour.)
    const poor: string[] = [];
    for (const path of ["/villages.html", "/services.html", paths.find((p) => p.startsWith("/villages/"))!]) {
      const visit = await openPage(site.browser, site.url + path);
      try {
        const marks = await visit.page.locator(".badge, .verdict-doubt, .small-base").evaluateAll((els) => els.map((el) => {
          // The background is that of the nearest element (itself or an ancestor) that paints one.
          let box: Element | null = el;
          while (box && /^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(box).backgroundColor)) box = box.parentElement;
          return {className: el.className, text: el.textContent ?? "", color: getComputedStyle(el).color, background: box ? getComputedStyle(box).backgroundColor : "rgb(255, 255, 255)"};
        }));
        expect(marks.length, path).toBeGreaterThan(0);
        for (const m of marks) {
          const ratio = contrastRatio(m.color, m.background);
          if (ratio < 4.5) poor.push(`${path} .${m.className.replace(/ /g, ".")} "${m.text}": ${m.color} on ${m.background} ${ratio.toFixed(2)}:1`);
        }
      } finally {
        await visit.context.close();
      }
    }
    expect([...new Set(poor)]).toEqual([]);
  });

  test("Tab reaches every control and link each page shows (every page, the bulletin and a village page)", async () => {
    const unreached: string[] = [];
    for (const path of paths) {
      const visit = await openPage(site.browser, site.url + path);
      const {page} = visit;
      try {
        // Number the controls a keyboard user must reach: visible links, buttons, form fields and summaries.
        // A group of radio buttons is one stop (Tab reaches the checked one, the arrow keys the others).
        const count = await page.evaluate(() => {
          const controls = [...document.querySelectorAll("a[href], button, input, select, textarea, summary")].filter((el) => el.checkVisibility({visibilityProperty: true}));
          controls.forEach((el, i) => el.setAttribute("data-a11y-control", el instanceof HTMLInputElement && el.type === "radio" ? `radio ${el.name}` : String(i)));
          return controls.length;
        });
        const reached = new Set<string>();
        // Tab through the page until the focus comes back to where it started (or 1500 presses).
        let first: string | null = null;
        for (let i = 0; i < 1500; i++) {
          await page.keyboard.press("Tab");
          const index = await page.evaluate(() => document.activeElement?.closest("[data-a11y-control]")?.getAttribute("data-a11y-control") ?? null);
          if (index === null) continue;
          if (index === first) break;
          first ??= index;
          reached.add(index);
        }
        expect(count, path).toBeGreaterThan(0);
        const missed = await page.evaluate((reached) =>
          [...document.querySelectorAll("[data-a11y-control]")].filter((el) => !reached.includes(el.getAttribute("data-a11y-control")!))
            .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}"`), [...reached]);
        unreached.push(...missed.map((m) => `${path} ${m}`));
      } finally {
        await visit.context.close();
      }
    }
    expect(unreached).toEqual([]);
  });

  test("a sortable header of the villages' table is reached with Tab and sorts with Enter and Space", async () => {
    const visit = await openPage(site.browser, `${site.url}/villages.html`);
    const {page} = visit;
    try {
      // Tab from the top of the page until the focus is on a header of the villages' table.
      let reached: string | null = null;
      for (let i = 0; i < 200 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.matches("table.data thead th button") && !el.closest("details") ? el.textContent : null;
        });
      }
      expect(reached, "no header of a table reached with Tab").not.toBeNull();
      const header = page.locator("th:has(> button:focus)");
      const column = await header.evaluate((th) => [...th.parentElement!.children].indexOf(th));
      const table = page.locator("table.data:has(button:focus)");
      const cells = () => table.locator(`tbody tr td:nth-child(${column + 1})`).allInnerTexts();
      const before = await cells();
      expect(await header.getAttribute("aria-sort")).toBe("none");
      await page.keyboard.press("Enter");
      const first = await header.getAttribute("aria-sort");
      expect(["ascending", "descending"]).toContain(first);
      const afterEnter = await cells();
      // The focus stays on the header, so Space sorts the same column the other way.
      await page.keyboard.press(" ");
      expect(await header.getAttribute("aria-sort")).toBe(first === "ascending" ? "descending" : "ascending");
      const afterSpace = await cells();
      // Each key press re-sorted the rows: the same cells, in another order each time.
      expect(new Set(before).size).toBeGreaterThan(1);
      expect(afterEnter).not.toEqual(afterSpace);
      expect([...afterEnter].sort()).toEqual([...before].sort());
      expect([...afterSpace].sort()).toEqual([...before].sort());
    } finally {
      await visit.context.close();
    }
  });
});
